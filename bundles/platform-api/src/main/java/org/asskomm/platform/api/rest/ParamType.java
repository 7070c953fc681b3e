package org.asskomm.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The real type of a path or query parameter that the resource takes as a {@code String} and parses with
 * {@link QueryParams} (so that a wrong value is a 400 naming it, not a 404 from JAX-RS): {@code Integer.class},
 * {@code LocalDate.class}, {@code UUID.class}, {@code Boolean.class} or an enum class. The OpenAPI document
 * shows this type. {@code offset} and {@code limit} (read by {@link QueryParams#page}) are integers without it.
 *
 * @since 1.3
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ParamType {

    Class<?> value();
}
