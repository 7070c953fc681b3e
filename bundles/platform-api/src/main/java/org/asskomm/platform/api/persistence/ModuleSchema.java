package org.asskomm.platform.api.persistence;

/**
 * The schema state of one module: the version in force and, when the module's last migration failed,
 * why ({@code "V2__add_x.sql: <database error>"}); {@code error} is null when the schema is up to date.
 */
public record ModuleSchema(String moduleId, int version, String error) {

    public boolean failed() {
        return error != null;
    }
}
