package org.asskomm.platform.api;

/**
 * Event topic naming: {@code org/asskomm/<module>/<Entity>/<ACTION>}, posted through the OSGi EventAdmin.
 * Modules react to each other only through such events, never through compile-time dependencies.
 */
public final class Topics {

    /** Event property: the official key of the municipality concerned. */
    public static final String MUNICIPALITY = "municipality";
    /** Event property: the id of the entity concerned. */
    public static final String ENTITY_ID = "id";
    /** Event property: the user who caused the event. */
    public static final String USER = "user";

    private Topics() {
    }

    public static String of(String module, String entity, String action) {
        return "org/asskomm/" + module + "/" + entity + "/" + action;
    }
}
