package org.asskomm.platform.api.persistence;

/**
 * The schema state of one module: the version in force and, when the module's last migration failed,
 * why ({@code "V2__add_x.sql: <database error>"}); {@code error} is null when the schema is up to date.
 * <p>
 * Also a service: once the platform has applied the scripts of a starting module bundle, it registers the module's
 * schema with the property {@value #MODULE_PROPERTY}{@code =<moduleId>} (and {@value #VERSION_PROPERTY}). A module's
 * components reference it, so that they activate only on an up-to-date schema and wait while the platform is absent:
 * <pre>{@code @Reference(target = "(asskomm.module=agreements)") ModuleSchema schema}</pre>
 * After a failed migration no service is registered; {@link SchemaMigrations#schemas()} reports why.
 */
public record ModuleSchema(String moduleId, int version, String error) {

    /** Service property: the module id. */
    public static final String MODULE_PROPERTY = "asskomm.module";
    /** Service property: the schema version in force. */
    public static final String VERSION_PROPERTY = "asskomm.schema.version";

    public boolean failed() {
        return error != null;
    }
}
