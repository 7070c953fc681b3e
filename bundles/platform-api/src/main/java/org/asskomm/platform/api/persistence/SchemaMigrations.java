package org.asskomm.platform.api.persistence;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Versioned schema migrations per module. A module ships SQL scripts in its bundle under
 * {@code db/<moduleId>/V<n>__<description>.sql} (portable SQL that runs on H2 in PostgreSQL mode and
 * on PostgreSQL) and owns its tables, prefixed with its id. Each script runs once, in its own
 * transaction; its checksum is recorded and a changed applied script is refused.
 * <p>
 * The platform applies a module bundle's scripts itself when the bundle starts, before its components activate,
 * and then offers the module's {@link ModuleSchema} as a service; a module's components reference that service
 * instead of calling {@link #migrate(String, Class)}.
 */
@ProviderType
public interface SchemaMigrations {

    /**
     * Applies the pending scripts of {@code moduleId} found in the bundle of {@code anchor}.
     *
     * @return the schema version now in force
     * @throws IllegalStateException when a script fails; earlier scripts stay applied, the failed one leaves
     *         the schema and data as they were (see docs/decisions/0002-migrations.md), and {@link #schemas()}
     *         reports the failure until a later attempt succeeds
     * @deprecated since 1.2: the platform migrates {@code db/<moduleId>/} when the module bundle starts; reference
     *             the module's schema instead, {@code @Reference(target = "(asskomm.module=<moduleId>)") ModuleSchema}.
     *             Calling it still works (the scripts are then already applied and nothing happens).
     */
    @Deprecated
    int migrate(String moduleId, Class<?> anchor);

    /** The version in force for the module, 0 when none. */
    int currentVersion(String moduleId);

    /** Every module with a schema in this database or a failed migration on this node, by module id. */
    List<ModuleSchema> schemas();
}
