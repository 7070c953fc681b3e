package org.asskomm.platform.testing;

import java.util.Set;
import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.write.Writes;
import org.asskomm.platform.core.audit.JdbcAuditLog;
import org.asskomm.platform.core.db.CoreDatabase;
import org.asskomm.platform.core.db.JdbcSchemaMigrations;
import org.asskomm.platform.core.db.MigrationScripts;
import org.asskomm.platform.core.module.JdbcModuleEnablement;
import org.asskomm.platform.core.municipality.MunicipalityRegistry;
import org.asskomm.platform.core.write.PipelineWrites;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The real platform core (database, migrations, audit, municipality registry with all 418 Saxon
 * municipalities, enablement) on a fresh in-memory H2 database in PostgreSQL mode, for unit tests
 * of module stores and services outside OSGi. EventAdmin is a {@link RecordingEventAdmin}; the write pipeline
 * ({@link #writes}) posts to it after commit, as in the container.
 */
public final class TestPlatform {

    public final Database database;
    public final JdbcSchemaMigrations migrations;
    public final AuditLog audit;
    public final MunicipalityDirectory municipalities;
    public final ModuleEnablement enablement;
    public final RecordingEventAdmin events = new RecordingEventAdmin();
    public final Writes writes;

    public TestPlatform() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
        try {
            this.database = new CoreDatabase(ds);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        this.migrations = new JdbcSchemaMigrations(database);
        ModuleSchema platform = schema("platform", JdbcAuditLog.class);
        this.audit = new JdbcAuditLog(database, platform);
        this.municipalities = new MunicipalityRegistry(database, platform, audit);
        this.enablement = new JdbcModuleEnablement(database, municipalities, audit);
        this.writes = new PipelineWrites(database, enablement, audit, events);
    }

    /**
     * Migrates the module's {@code db/<moduleId>/} scripts from the anchor's class path, as the platform's migration
     * extender does when the module bundle starts, and returns the schema the extender would offer as a service:
     * pass it to the module component's constructor.
     */
    public ModuleSchema schema(String moduleId, Class<?> anchor) {
        return migrations.migrate(moduleId, MigrationScripts.of(moduleId, anchor));
    }

    /** Enables the module for the municipalities, as an LPR admin. */
    public TestPlatform enable(String moduleId, String... ags) {
        for (String key : ags) {
            enablement.enable(lprAdmin(), moduleId, key);
        }
        return this;
    }

    public static CurrentUser lprAdmin() {
        return new CurrentUser("lpr", Set.of(CurrentUser.LPR_ADMIN));
    }

    public static CurrentUser municipalUser(String ags) {
        return new CurrentUser("staff-" + ags, Set.of(CurrentUser.municipalityRole(ags)));
    }

    public static CurrentUser police() {
        return new CurrentUser("police", Set.of(CurrentUser.POLICE));
    }

    /** Police of a Polizeidirektion, e.g. {@code policeOf("chemnitz")} (role {@code police-chemnitz}). */
    public static CurrentUser policeOf(String directorate) {
        return new CurrentUser("police-" + directorate, Set.of(CurrentUser.POLICE_PREFIX + directorate));
    }

    public static CurrentUser viewer() {
        return new CurrentUser("viewer", Set.of(CurrentUser.VIEWER));
    }
}
