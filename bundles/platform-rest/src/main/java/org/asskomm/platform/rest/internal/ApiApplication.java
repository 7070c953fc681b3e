package org.asskomm.platform.rest.internal;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.rest.Api;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The JAX-RS application at {@code /api/v1}. Its providers (JSON, problem mapping, authentication)
 * come with it, so no module resource can ever be served without them; module resources join it
 * through the whiteboard with {@code @JaxrsApplicationSelect(Api.APPLICATION)}.
 */
@Component(service = Application.class, configurationPid = "org.asskomm.rest")
@Designate(ocd = ApiApplication.Config.class)
@JaxrsApplicationBase(Api.BASE)
@JaxrsName(Api.APPLICATION_NAME)
public class ApiApplication extends Application {

    @ObjectClassDefinition(name = "ASSKomm REST API", description = "Settings of the REST API at /api/v1")
    public @interface Config {
        @AttributeDefinition(name = "JAAS realm", description = "Karaf JAAS realm that checks user names and passwords")
        String realm() default "karaf";

        @AttributeDefinition(name = "Maximum request body (bytes)",
                description = "Larger request bodies are refused with 413; the default (11 MiB) leaves room for 10 MiB documents")
        long maxBodyBytes() default 11L * 1024 * 1024;

        @AttributeDefinition(name = "Failed logins before lockout",
                description = "Consecutive failed logins of one user name after which its logins are refused for a while")
        int loginFailuresBeforeLockout() default 5;

        @AttributeDefinition(name = "Lockout (seconds)",
                description = "How long logins of a user name are refused after too many failures; 0 disables the lockout")
        int loginLockoutSeconds() default 60;

        @AttributeDefinition(name = "Mode", description = "production refuses the shipped default password; "
                + "development (the default) accepts it and warns")
        String mode() default "development";
    }

    private final Set<Object> singletons;

    @Activate
    public ApiApplication(@Reference AuditLog audit, @Reference Database database, @Reference SecurityPosture posture,
            @Reference RequestMetrics metrics, Config config) {
        this.singletons = Set.of(new JsonProvider(), new ProblemMapper(database, audit), new RequestMetricsFilter(metrics),
                new BodySizeLimitFilter(config.maxBodyBytes()), new CrossSiteRequestFilter(),
                new AuthenticationFilter(new JaasAuthenticator(config.realm(),
                        new LoginThrottle(config.loginFailuresBeforeLockout(), config.loginLockoutSeconds() * 1000L)),
                        posture, audit));
    }

    @Override
    public Set<Object> getSingletons() {
        return singletons;
    }
}
