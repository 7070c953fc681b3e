package org.asskomm.platform.rest.resource;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.asskomm.platform.api.ModuleDescriptor;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.Modules;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.rest.Api;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.rest.internal.PlatformResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The modules installed right now, as their features come and go. */
@Component(service = ModuleResource.class)
@PlatformResource
@Path("/modules")
@Produces(MediaType.APPLICATION_JSON)
public class ModuleResource {

    /**
     * A module as the API shows it; {@code enabledFor} lists the municipalities that enabled it, {@code lockedFor}
     * those where the LPR locked it, with the locked state (true: on, false: off).
     */
    public record ModuleView(String id, String title, String description, String version, String restPath,
                             String consoleEntry, List<String> enabledFor, Map<String, Boolean> lockedFor) {
    }

    private final Modules modules;
    private final ModuleEnablement enablement;

    @Activate
    public ModuleResource(@Reference Modules modules, @Reference ModuleEnablement enablement) {
        this.modules = modules;
        this.enablement = enablement;
    }

    @GET
    @Doc(value = "List installed modules", id = "listModules")
    public List<ModuleView> list() {
        return modules.installed().stream().map(this::view).toList();
    }

    @GET
    @Path("/{moduleId}")
    @Doc(value = "Read an installed module", id = "getModule")
    public ModuleView get(@PathParam("moduleId") String moduleId) {
        return modules.find(moduleId).map(this::view)
                .orElseThrow(() -> NotFoundException.of("platform.module.notInstalled", moduleId));
    }

    private ModuleView view(ModuleDescriptor d) {
        return new ModuleView(d.id(), d.title(), d.description(), d.version(), Api.BASE + d.restPath(),
                d.consoleEntry(), List.copyOf(enablement.enabledMunicipalities(d.id())), lockedFor(d.id()));
    }

    private Map<String, Boolean> lockedFor(String moduleId) {
        Map<String, Boolean> locked = new TreeMap<>();
        enablement.locks(moduleId).forEach((ags, lock) -> locked.put(ags, lock.enabled()));
        return locked;
    }
}
