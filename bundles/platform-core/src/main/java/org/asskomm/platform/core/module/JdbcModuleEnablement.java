package org.asskomm.platform.core.module;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.error.ModuleNotEnabledException;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Per-municipality enablement, kept in the database so that it survives uninstalling a module and is
 * shared by all nodes. LPR admins and the municipality's own staff may change it.
 */
@Component(service = ModuleEnablement.class)
public class JdbcModuleEnablement implements ModuleEnablement {

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
        municipalities.require("ags", ags);
        by.requireActFor(ags);
        return database.inTransaction(c -> {
            if (Sql.count(c, "SELECT COUNT(*) FROM platform_module_enablement WHERE module_id = ? AND ags = ?",
                    moduleId, ags) > 0) {
                return false;
            }
            Sql.update(c, "INSERT INTO platform_module_enablement (module_id, ags, enabled_at, enabled_by) VALUES (?, ?, ?, ?)",
                    moduleId, ags, Instant.now(), by.name());
            audit.record(c, by, new AuditEvent("platform", "ModuleEnablement", moduleId, "ENABLE", ags), null, null);
            return true;
        });
    }

    @Override
    public boolean disable(CurrentUser by, String moduleId, String ags) {
        municipalities.require("ags", ags);
        by.requireActFor(ags);
        return database.inTransaction(c -> {
            boolean changed = Sql.update(c, "DELETE FROM platform_module_enablement WHERE module_id = ? AND ags = ?",
                    moduleId, ags) > 0;
            if (changed) {
                audit.record(c, by, new AuditEvent("platform", "ModuleEnablement", moduleId, "DISABLE", ags), null, null);
            }
            return changed;
        });
    }
}
