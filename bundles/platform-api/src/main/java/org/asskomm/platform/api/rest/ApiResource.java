package org.asskomm.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Marks a DS component as a REST resource of its bundle's module:
 * <pre>
 * &#64;Component(service = MeasureResource.class)
 * &#64;ApiResource
 * &#64;Path("/measures")
 * public class MeasureResource { ... }
 * </pre>
 * The platform serves it in the module's own JAX-RS application below {@code /api/v1/<moduleId>}, the id
 * coming from the {@link org.asskomm.platform.api.ModuleDescriptor} the same bundle registers; so the
 * {@code @Path} is relative to the module ({@code /api/v1/survey/measures} above). Authentication,
 * problem+json, JSON, the body limit, the cross-site check and the metrics always apply: the platform
 * builds no application without them.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ApiResource {
    /** The property name is {@link Api#RESOURCE_PROPERTY}. */
    String PREFIX_ = "asskomm.";
}
