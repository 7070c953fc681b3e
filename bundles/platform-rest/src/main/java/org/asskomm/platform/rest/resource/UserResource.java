package org.asskomm.platform.rest.resource;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.BackingEngineFactory;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.rest.internal.PlatformResource;
import org.asskomm.platform.rest.users.UserAccount;
import org.asskomm.platform.rest.users.UserDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code GET /api/v1/users}: the users of the API's JAAS realm with their roles, for LPR admins, read-only.
 * Read through Karaf's JAAS backing engines (what {@code jaas:user-list} uses), so it shows what
 * {@code etc/users.properties} (or another realm with a backing engine) holds; password hashes never leave it.
 */
@Component(service = UserResource.class, configurationPid = "org.asskomm.rest")
@PlatformResource
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    /** The realm is the one the API logs in against (see ApiApplication's configuration). */
    public @interface Config {
        String realm() default "karaf";
    }

    // realms and engines come and go with Karaf's JAAS bundles: dynamic, hence fields rather than constructor
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<JaasRealm> realms = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private final List<BackingEngineFactory> engines = new CopyOnWriteArrayList<>();

    private final String realm;

    @Activate
    public UserResource(Config config) {
        this.realm = config.realm();
    }

    @GET
    @Doc(value = "List user accounts", id = "listUsers")
    public Page<UserAccount> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                  @Context CurrentUser user) {
        user.requireLprAdmin();
        PageRequest page = QueryParams.page(offset, limit);
        List<UserAccount> all = new UserDirectory(realm, realms, engines).users();
        List<UserAccount> items = all.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(items, all.size(), page.offset(), page.limit());
    }
}
