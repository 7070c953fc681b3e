package org.asskomm.platform.api.rest;

/**
 * Constants of the REST API. Every module is served by a JAX-RS application of its own at
 * {@code /api/v1/<moduleId>}, which the platform assembles from the module's {@link ApiResource resources};
 * a module's arrival or departure therefore never touches another application (decision 0003).
 */
public final class Api {

    /** Where the API is served: the path of the servlet context every ASSKomm application shares. */
    public static final String BASE = "/api/v1";
    /** HTTP whiteboard name of that servlet context. */
    public static final String CONTEXT_NAME = "asskomm-api";
    /** Whiteboard name of the platform's own JAX-RS application (health, municipalities, module store, ...). */
    public static final String APPLICATION_NAME = "asskomm";
    /** Filter selecting the platform's own application, for the platform's whiteboard resources only. */
    public static final String APPLICATION = "(osgi.jaxrs.name=" + APPLICATION_NAME + ")";
    /** Service property of every ASSKomm application: its module id, {@code platform} for the platform's. */
    public static final String MODULE_PROPERTY = "asskomm.module";
    /** Service property that marks a resource service of a module; set by {@link ApiResource}. */
    public static final String RESOURCE_PROPERTY = "asskomm.api.resource";
    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }
}
