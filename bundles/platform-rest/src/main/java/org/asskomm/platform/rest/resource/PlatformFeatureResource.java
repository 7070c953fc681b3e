package org.asskomm.platform.rest.resource;

import java.net.URI;
import java.util.List;

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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.admin.ClusterModules;
import org.asskomm.platform.api.admin.FeatureStatus;
import org.asskomm.platform.api.admin.ModuleCatalogue;
import org.asskomm.platform.api.admin.ModuleFeature;
import org.asskomm.platform.api.rest.Api;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.Returns;
import org.asskomm.platform.rest.internal.PlatformResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module store for LPR admins: which module features exist, install and remove them at run time. */
@Component(service = PlatformFeatureResource.class)
@PlatformResource
@Path("/platform")
@Produces(MediaType.APPLICATION_JSON)
public class PlatformFeatureResource {

    /** Body of {@code POST /platform/repositories}. */
    public record RepositoryRequest(String uri) {
    }

    private final ModuleCatalogue store;

    @Activate
    public PlatformFeatureResource(@Reference ModuleCatalogue store) {
        this.store = store;
    }

    @GET
    @Path("/features")
    @Doc(value = "List the module features of the module store", id = "listModuleFeatures")
    public List<ModuleFeature> list(@Context CurrentUser user) {
        user.requireLprAdmin();
        return store.list();
    }

    @GET
    @Path("/features/{name}")
    @Doc(value = "Read a module feature", id = "getModuleFeature")
    public ModuleFeature get(@PathParam("name") String name, @Context CurrentUser user) {
        user.requireLprAdmin();
        return store.get(name);
    }

    /** The state of the last install or uninstall of the feature. */
    @GET
    @Path("/features/{name}/status")
    @Doc(value = "The install status of a module feature", id = "moduleFeatureStatus")
    public FeatureStatus status(@PathParam("name") String name, @Context CurrentUser user) {
        user.requireLprAdmin();
        return store.status(name).orElseThrow(() -> NotFoundException.of("platform.store.noOperation", name));
    }

    /** Desired on every node (or the nodes of {@code group}); each node installs it. */
    @PUT
    @Path("/features/{name}")
    @Doc(value = "Install a module feature on every node or a node group, optionally at a version (asynchronous)",
            id = "installModuleFeature", status = 202)
    @Returns(FeatureStatus.class)
    public Response install(@PathParam("name") String name,
                            @QueryParam("version") String version,
                            @QueryParam("group") String group,
                            @Context CurrentUser user) {
        return accepted(name, store.install(user, name, version, group));
    }

    @DELETE
    @Path("/features/{name}")
    @Doc(value = "Uninstall a module feature on every node or a node group (asynchronous)",
            id = "uninstallModuleFeature", status = 202)
    @Returns(FeatureStatus.class)
    public Response uninstall(@PathParam("name") String name,
                              @QueryParam("group") String group,
                              @Context CurrentUser user) {
        return accepted(name, store.uninstall(user, name, group));
    }

    /** The desired module state of the cluster and, per node, whether it has converged to it. */
    @GET
    @Path("/cluster")
    @Doc(value = "The cluster's desired module state, each node's modules and convergence, operations and"
            + " migration results", id = "clusterModules")
    public ClusterModules cluster(@Context CurrentUser user) {
        user.requireLprAdmin();
        return store.cluster();
    }

    @POST
    @Path("/repositories")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Add a feature repository to the module store", id = "addFeatureRepository")
    public List<ModuleFeature> addRepository(RepositoryRequest request, @Context CurrentUser user) {
        if (request == null) {
            throw ValidationException.of("body", "validation.required");
        }
        return store.addRepository(user, request.uri());
    }

    private static Response accepted(String name, FeatureStatus status) {
        // a relative reference set as a header: Response.location() would resolve it against the request's base
        // (built from the client's Host header) and CXF prefixed the base a second time
        return Response.accepted(status)
                .header("Location", Api.BASE + "/platform/features/" + encodeSegment(name) + "/status").build();
    }

    private static String encodeSegment(String name) {
        try {
            return new URI(null, null, name, null).getRawPath().replace("/", "%2F").replace(":", "%3A");
        } catch (java.net.URISyntaxException e) {
            throw ValidationException.of("name", "platform.store.invalidName");
        }
    }
}
