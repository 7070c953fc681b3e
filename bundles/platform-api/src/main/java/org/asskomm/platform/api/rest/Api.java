package org.asskomm.platform.api.rest;

/**
 * Constants for JAX-RS whiteboard resources of modules. A module resource joins the platform's
 * application with {@code @JaxrsResource @JaxrsApplicationSelect(Api.APPLICATION)} and a
 * {@code @Path} below {@code /api/v1}.
 */
public final class Api {

    /** Whiteboard name of the platform's JAX-RS application. */
    public static final String APPLICATION_NAME = "asskomm";
    /** Filter selecting that application, for {@code @JaxrsApplicationSelect}. */
    public static final String APPLICATION = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";
    /** Where the application is served. */
    public static final String BASE = "/api/v1";
    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }
}
