package org.asskomm.platform.api.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a resource method in the OpenAPI document ({@code /api/v1/openapi.json}), for developers and for
 * generated clients: {@code @Doc(value = "Decide on an application", id = "decideApplication")} becomes
 * {@code FundingApi.decideApplication(...)} in a client generated with the module's tag.
 *
 * @since 1.3
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Doc {

    /** The operation's summary: one line in English, e.g. "Decide on an application". */
    String value();

    /**
     * The operation id, unique across the whole document: a verb and the thing ({@code decideApplication},
     * {@code listCourses}). Empty: the Java method name.
     */
    String id() default "";

    /**
     * The status of success for a method that returns a {@code Response}: 201 for {@link Responses#created}, 202
     * for an accepted job. 0: 200 (204 for a {@code void} method). The body type is {@link Returns}.
     */
    int status() default 0;
}
