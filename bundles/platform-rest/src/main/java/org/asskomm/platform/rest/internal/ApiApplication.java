package org.asskomm.platform.rest.internal;

import java.util.Set;

import javax.ws.rs.core.Application;

import org.asskomm.platform.api.audit.AuditLog;
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
    }

    private final Set<Object> singletons;

    @Activate
    public ApiApplication(@Reference AuditLog audit, Config config) {
        this.singletons = Set.of(new JsonProvider(), new ProblemMapper(),
                new AuthenticationFilter(new JaasAuthenticator(config.realm()), audit));
    }

    @Override
    public Set<Object> getSingletons() {
        return singletons;
    }
}
