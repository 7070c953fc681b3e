package org.asskomm.platform.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.asskomm.platform.api.rest.Api;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Marks a resource of the platform's own application ({@code /api/v1/*}). The properties are those platform API 1.0
 * gave plugin resources ({@code osgi.jaxrs.resource} and {@code osgi.jaxrs.application.select} of
 * {@link Api#APPLICATION}), so {@link ApiApplications} finds both with one filter; no JAX-RS whiteboard
 * implementation runs beside it (decision 0003).
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PlatformResource {

    String PREFIX_ = "osgi.jaxrs.";
    /** The service properties the two elements below become (what {@link ApiApplications} tracks). */
    String RESOURCE = "osgi.jaxrs.resource";
    String APPLICATION_SELECT = "osgi.jaxrs.application.select";

    boolean resource() default true;

    String application_select() default Api.APPLICATION;
}
