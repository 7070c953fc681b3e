package org.asskomm.platform.core.module;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.ModuleLock;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ModuleNotEnabledException;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Per-municipality enablement, kept in the database so that it survives uninstalling a module and is
 * shared by all nodes. LPR admins and the municipality's own staff may change it, unless the LPR locked the module
 * on or off for the municipality (then nobody switches it until the LPR changes or lifts the lock, decision 0013).
 */
@Component(service = ModuleEnablement.class)
public class JdbcModuleEnablement implements ModuleEnablement {

    private static final String SELECT_LOCK = "SELECT module_id, ags, enabled, locked_by, locked_at FROM platform_module_lock";

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final AuditLog audit;

    @Activate
    public JdbcModuleEnablement(@Reference Database database, @Reference MunicipalityDirectory municipalities,
                                @Reference AuditLog audit) {
        this.database = database;
        this.municipalities = municipalities;
        this.audit = audit;
    }

    @Override
    public boolean isEnabled(String moduleId, String ags) {
        return database.inTransaction(c -> Sql.count(c,
                "SELECT COUNT(*) FROM platform_module_enablement WHERE module_id = ? AND ags = ?", moduleId, ags) > 0);
    }

    @Override
    public void requireEnabled(String moduleId, String ags) {
        if (!isEnabled(moduleId, ags)) {
            throw new ModuleNotEnabledException(moduleId, ags);
        }
    }

    @Override
    public Set<String> enabledMunicipalities(String moduleId) {
        return database.inTransaction(c -> new TreeSet<>(Sql.query(c,
                "SELECT ags FROM platform_module_enablement WHERE module_id = ?", rs -> rs.getString(1), moduleId)));
    }

    @Override
    public boolean enable(CurrentUser by, String moduleId, String ags) {
        return change(by, moduleId, ags, true);
    }

    /** Switches the module on or off for the municipality, unless the LPR locked it the other way. */
    private boolean change(CurrentUser by, String moduleId, String ags, boolean on) {
        Municipality municipality = municipalities.require("ags", ags);
        by.requireActFor(ags);
        return database.inTransaction(c -> {
            refuseAgainstLock(c, moduleId, municipality, on);
            return on ? switchOn(c, by, moduleId, ags) : switchOff(c, by, moduleId, ags);
        });
    }

    private boolean switchOn(Connection c, CurrentUser by, String moduleId, String ags) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM platform_module_enablement WHERE module_id = ? AND ags = ?",
                moduleId, ags) > 0) {
            return false;
        }
        Sql.update(c, "INSERT INTO platform_module_enablement (module_id, ags, enabled_at, enabled_by) VALUES (?, ?, ?, ?)",
                moduleId, ags, Instant.now(), by.name());
        audit.record(c, by, new AuditEvent("platform", "ModuleEnablement", moduleId, "ENABLE", ags), null, null);
        return true;
    }

    @Override
    public boolean disable(CurrentUser by, String moduleId, String ags) {
        return change(by, moduleId, ags, false);
    }

    private boolean switchOff(Connection c, CurrentUser by, String moduleId, String ags) throws SQLException {
        boolean changed = Sql.update(c, "DELETE FROM platform_module_enablement WHERE module_id = ? AND ags = ?",
                moduleId, ags) > 0;
        if (changed) {
            audit.record(c, by, new AuditEvent("platform", "ModuleEnablement", moduleId, "DISABLE", ags), null, null);
        }
        return changed;
    }

    /** 409 naming the lock when the LPR locked the module in the other state; the lock binds LPR staff too. */
    private static void refuseAgainstLock(Connection c, String moduleId, Municipality municipality, boolean enabled)
            throws SQLException {
        Optional<ModuleLock> lock = find(c, moduleId, municipality.ags());
        if (lock.isPresent() && lock.get().enabled() != enabled) {
            throw ConflictException.of(enabled ? "platform.module.lockedOff" : "platform.module.lockedOn",
                    moduleId, municipality.name(), lock.get().lockedBy());
        }
    }

    @Override
    public Optional<ModuleLock> lock(String moduleId, String ags) {
        return database.read(c -> find(c, moduleId, ags));
    }

    @Override
    public Map<String, ModuleLock> locks(String moduleId) {
        Map<String, ModuleLock> result = new TreeMap<>();
        database.read(c -> Sql.query(c, SELECT_LOCK + " WHERE module_id = ?", JdbcModuleEnablement::lockOf, moduleId))
                .forEach(l -> result.put(l.ags(), l));
        return result;
    }

    private static ModuleLock lockOf(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp(5);
        return new ModuleLock(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4), at.toInstant());
    }

    private static Optional<ModuleLock> find(Connection c, String moduleId, String ags) throws SQLException {
        return Sql.queryOne(c, SELECT_LOCK + " WHERE module_id = ? AND ags = ?", JdbcModuleEnablement::lockOf,
                moduleId, ags);
    }

    @Override
    public boolean lock(CurrentUser by, String moduleId, String ags, boolean enabled) {
        municipalities.require("ags", ags);
        by.requireLprAdmin();
        return database.inTransaction(c -> {
            Optional<ModuleLock> before = find(c, moduleId, ags);
            boolean changed = enabled ? switchOn(c, by, moduleId, ags) : switchOff(c, by, moduleId, ags);
            if (before.isPresent() && before.get().enabled() == enabled) {
                return changed;
            }
            Sql.update(c, "DELETE FROM platform_module_lock WHERE module_id = ? AND ags = ?", moduleId, ags);
            ModuleLock lock = new ModuleLock(moduleId, ags, enabled, by.name(), Instant.now());
            Sql.update(c, "INSERT INTO platform_module_lock (module_id, ags, enabled, locked_at, locked_by) VALUES (?, ?, ?, ?, ?)",
                    moduleId, ags, enabled, lock.lockedAt(), by.name());
            audit.record(c, by, new AuditEvent("platform", "ModuleLock", moduleId, "LOCK", ags),
                    before.orElse(null), lock);
            return true;
        });
    }

    @Override
    public boolean unlock(CurrentUser by, String moduleId, String ags) {
        municipalities.require("ags", ags);
        by.requireLprAdmin();
        return database.inTransaction(c -> {
            Optional<ModuleLock> before = find(c, moduleId, ags);
            if (before.isEmpty()) {
                return false;
            }
            Sql.update(c, "DELETE FROM platform_module_lock WHERE module_id = ? AND ags = ?", moduleId, ags);
            audit.record(c, by, new AuditEvent("platform", "ModuleLock", moduleId, "UNLOCK", ags), before.get(), null);
            return true;
        });
    }
}
