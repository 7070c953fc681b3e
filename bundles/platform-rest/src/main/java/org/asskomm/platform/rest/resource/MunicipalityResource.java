package org.asskomm.platform.rest.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.MediaType;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleDescriptor;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.ModuleLock;
import org.asskomm.platform.api.Modules;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.admin.DirectoryImport;
import org.asskomm.platform.api.admin.ImportResult;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.api.rest.Returns;
import org.asskomm.platform.rest.internal.PlatformResource;
import org.asskomm.platform.rest.internal.RepeatedReads;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The municipality registry and each municipality's module enablement. */
@Component(service = MunicipalityResource.class)
@PlatformResource
@Path("/municipalities")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    /**
     * Whether a module is enabled for a municipality; {@code locked}: the LPR locked it in that state, the
     * municipality cannot switch it ({@code lockedBy} set the lock).
     */
    public record Enablement(String module, String municipality, boolean enabled, boolean installed, boolean locked,
                             String lockedBy) {
    }

    /** The state the LPR locks a module in. */
    public record LockRequest(Boolean enabled) {
    }

    private final MunicipalityDirectory directory;
    private final DirectoryImport registry;
    private final ModuleEnablement enablement;
    private final Modules modules;
    private final DirectoryAnswers answers = new DirectoryAnswers();

    @Activate
    public MunicipalityResource(@Reference MunicipalityDirectory directory, @Reference DirectoryImport registry,
                                @Reference ModuleEnablement enablement, @Reference Modules modules) {
        this.directory = directory;
        this.registry = registry;
        this.enablement = enablement;
        this.modules = modules;
    }

    /** Written in one piece: a byte[] entity is copied through a 4 KiB buffer by CXF (for ranges we do not offer). */
    private static StreamingOutput bytes(byte[] json) {
        return out -> out.write(json);
    }

    @GET
    @Returns(value = Municipality.class, page = true)
    @Doc(value = "List municipalities", id = "listMunicipalities")
    public Response list(@QueryParam("district") String district, @QueryParam("q") String query,
                         @QueryParam("offset") String offset, @QueryParam("limit") String limit, @Context Request request,
                         @Context HttpServletRequest servletRequest) {
        PageRequest page = QueryParams.page(offset, limit);
        return cached(request, servletRequest, district + "\u0000" + query + "\u0000" + page,
                () -> directory.search(district, query, page));
    }

    @GET
    @Path("/{ags}")
    @Returns(Municipality.class)
    @Doc(value = "Read a municipality by its AGS", id = "getMunicipality")
    public Response get(@PathParam("ags") String ags, @Context Request request,
                        @Context HttpServletRequest servletRequest) {
        Municipality municipality = directory.require("ags", ags);
        return cached(request, servletRequest, ags, () -> municipality);
    }

    /**
     * The directory changes only on import: its answers come from memory, serialised once per revision, and carry
     * the revision as {@code ETag}, so a client that sends it back in {@code If-None-Match} gets a bodiless 304; and
     * the kernel may repeat an answer to the same request of the same login while the revision holds.
     */
    private Response cached(Request request, HttpServletRequest servletRequest, String query, Supplier<Object> body) {
        String revision = directory.revision();
        EntityTag tag = new EntityTag(revision);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = notModified;
        if (response == null) {
            byte[] json = answers.get(revision, query, body);
            RepeatedReads.offer(servletRequest, json, revision, directory::revision);
            response = Response.ok(bytes(json), MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.CONTENT_LENGTH, json.length);
        }
        return response.tag(tag).header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    @GET
    @Path("/{ags}/modules")
    @Doc(value = "Which modules are enabled for a municipality", id = "listEnablements")
    public List<Enablement> modules(@PathParam("ags") String ags, @Context CurrentUser user) {
        directory.require("ags", ags);
        user.requireRead(ags);
        return modules.installed().stream().map(d -> enablement(d.id(), ags, true)).toList();
    }

    @GET
    @Path("/{ags}/modules/{moduleId}")
    @Doc(value = "Whether a module is enabled for a municipality", id = "getEnablement")
    public Enablement module(@PathParam("ags") String ags, @PathParam("moduleId") String moduleId,
                             @Context CurrentUser user) {
        directory.require("ags", ags);
        user.requireRead(ags);
        return enablement(moduleId, ags, modules.find(moduleId).isPresent());
    }

    private Enablement enablement(String moduleId, String ags, boolean installed) {
        Optional<ModuleLock> lock = enablement.lock(moduleId, ags);
        return new Enablement(moduleId, ags, enablement.isEnabled(moduleId, ags), installed, lock.isPresent(),
                lock.map(ModuleLock::lockedBy).orElse(null));
    }

    @PUT
    @Path("/{ags}/modules/{moduleId}")
    @Doc(value = "Enable a module for a municipality", id = "enableModule")
    public Enablement enable(@PathParam("ags") String ags, @PathParam("moduleId") String moduleId,
                             @Context CurrentUser user) {
        ModuleDescriptor module = installed(moduleId);
        enablement.enable(user, module.id(), ags);
        return enablement(module.id(), ags, true);
    }

    @DELETE
    @Path("/{ags}/modules/{moduleId}")
    @Doc(value = "Disable a module for a municipality", id = "disableModule")
    public Enablement disable(@PathParam("ags") String ags, @PathParam("moduleId") String moduleId,
                              @Context CurrentUser user) {
        directory.require("ags", ags);
        user.requireActFor(ags);   // who may not act for the municipality learns nothing about its modules
        if (modules.find(moduleId).isEmpty() && !enablement.isEnabled(moduleId, ags)) {
            throw NotFoundException.of("platform.module.notInstalled", moduleId);
        }
        enablement.disable(user, moduleId, ags);
        return enablement(moduleId, ags, modules.find(moduleId).isPresent());
    }

    @PUT
    @Path("/{ags}/modules/{moduleId}/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Lock a module on or off for a municipality (LPR); the municipality can no longer switch it",
            id = "lockModule")
    public Enablement lock(@PathParam("ags") String ags, @PathParam("moduleId") String moduleId, LockRequest request,
                           @Context CurrentUser user) {
        directory.require("ags", ags);
        user.requireLprAdmin();
        ModuleDescriptor module = installed(moduleId);
        if (request == null || request.enabled() == null) {
            throw ValidationException.of("enabled", "validation.required");
        }
        enablement.lock(user, module.id(), ags, request.enabled());
        return enablement(module.id(), ags, true);
    }

    @DELETE
    @Path("/{ags}/modules/{moduleId}/lock")
    @Doc(value = "Lift the LPR's lock of a module for a municipality", id = "unlockModule")
    public Enablement unlock(@PathParam("ags") String ags, @PathParam("moduleId") String moduleId,
                             @Context CurrentUser user) {
        directory.require("ags", ags);
        user.requireLprAdmin();
        enablement.unlock(user, moduleId, ags);
        return enablement(moduleId, ags, modules.find(moduleId).isPresent());
    }

    /** Re-imports a newer municipal directory (CSV of the shipped format). LPR admins only. */
    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Doc(value = "Import the municipality directory", id = "importMunicipalities")
    public ImportResult importDirectory(InputStream csv, @Context CurrentUser user) throws IOException {
        user.requireLprAdmin();
        return registry.importDirectory(user, csv);
    }

    private ModuleDescriptor installed(String moduleId) {
        return modules.find(moduleId)
                .orElseThrow(() -> NotFoundException.of("platform.module.notInstalled", moduleId));
    }
}
