package org.asskomm.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The body type of a resource method that returns a {@code javax.ws.rs.core.Response} (to set headers such as
 * {@code ETag}, or a status other than 200), for the OpenAPI document: {@code @Returns(Municipality.class)}, or
 * {@code @Returns(value = Municipality.class, page = true)} for a {@code Page<Municipality>}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Returns {

    Class<?> value();

    /** Whether the body is a {@code Page} of {@link #value()}. */
    boolean page() default false;
}
