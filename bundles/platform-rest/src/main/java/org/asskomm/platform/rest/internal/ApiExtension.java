package org.asskomm.platform.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The JAX-RS extensions every ASSKomm application requires: an application is not served until all of them are
 * there, so no resource ever answers without authentication, problem+json, JSON, the body limit, the cross-site
 * check, the metrics, the text check and the security headers. Each is a prototype-scoped component (every
 * application gets its own instance, since CXF injects its {@code @Context} proxies per application) carrying
 * {@code @ApiExtension(<name>)}; {@link ApiApplications} builds every application with one instance of each.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ApiExtension {

    String PREFIX_ = "asskomm.";
    /** The service property naming an extension. */
    String PROPERTY = "asskomm.api.extension";

    String AUTHENTICATION = "authentication";
    String PROBLEMS = "problems";
    String JSON = "json";
    String BODY_LIMIT = "body-limit";
    String CROSS_SITE = "cross-site";
    String METRICS = "metrics";
    String TEXT_INPUT = "text-input";
    String SECURITY_HEADERS = "security-headers";

    /** Every extension an application requires. */
    List<String> NAMES = List.of(AUTHENTICATION, PROBLEMS, JSON, BODY_LIMIT, CROSS_SITE, METRICS, TEXT_INPUT,
            SECURITY_HEADERS);

    String value();
}
