package org.asskomm.platform.rest.resource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PoliceDirectorate;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.rest.internal.PlatformResource;
import org.osgi.service.component.annotations.Component;

/**
 * {@code GET /api/v1/console/session}: who is logged in, so that the console can check a login and show
 * only what the user may use. The API itself still checks every request. Part of the platform's application (not
 * the console bundle), so that the console coming or going never redeploys the platform's API.
 */
@Component(service = SessionResource.class)
@PlatformResource
@Path("/console/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /**
     * The logged-in user as the console needs it; {@code police}: any police role, {@code policeDirectorates}: the
     * names of the user's Polizeidirektionen.
     */
    public record Session(String name, Set<String> roles, Set<String> municipalities, boolean lprAdmin,
                          boolean seesAll, boolean police, List<String> policeDirectorates) {
    }

    @GET
    @Doc(value = "The signed-in user, for the console", id = "consoleSession")
    public Session session(@Context CurrentUser caller) {
        CurrentUser user = caller.requireAuthenticated();
        return new Session(user.name(), new TreeSet<>(user.roles()), user.municipalities(), user.isLprAdmin(),
                user.seesAll(), user.isAnyPolice(),
                user.policeDirectorates().stream().map(PoliceDirectorate::name).sorted().toList());
    }
}
