package org.asskomm.councils.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.Where;

/**
 * Who may see and change a council. Reads: LPR admins, viewers and police (who sit on every council) see
 * all councils; municipal staff see the councils their municipalities lead or are partner of. Writes: the lead
 * municipality's staff or LPR admins, with the module enabled for the lead municipality.
 */
final class CouncilAccess {

    private final Database database;
    private final CouncilStore councils;
    private final ModuleEnablement enablement;

    CouncilAccess(Database database, CouncilStore councils, ModuleEnablement enablement) {
        this.database = database;
        this.councils = councils;
        this.enablement = enablement;
    }

    Council get(CurrentUser user, String councilId) {
        return database.inTransaction(c -> read(c, user, councilId));
    }

    /** Reads the council inside the caller's transaction; 404 when it is unknown or not the user's to see. */
    Council read(Connection c, CurrentUser user, String councilId) throws SQLException {
        return readable(user, councils.find(c, councilId).orElse(null), councilId);
    }

    /** The council when the user may read it; 404 otherwise, so that others' ids reveal nothing. */
    Council readable(CurrentUser user, Council council, String councilId) {
        user.requireAuthenticated();
        if (council == null || !mayRead(user, council)) {
            throw new NotFoundException("No council " + councilId + ".");
        }
        return council;
    }

    private static boolean mayRead(CurrentUser user, Council council) {
        return user.seesAll() || user.isPolice() || user.mayRead(council.municipality())
                || council.partnerMunicipalities().stream().anyMatch(user::mayRead);
    }

    /** Loads and locks the council, then applies the write guard for its lead municipality. */
    Council writable(Connection c, CurrentUser user, String councilId) throws SQLException {
        Council council = readable(user, councils.findForUpdate(c, councilId).orElse(null), councilId);
        enablement.checkWrite(user, CouncilService.MODULE_ID, council.municipality());
        return council;
    }

    /** Guard before validation: 404 for unknown or unreadable councils, 403 without the right to write. */
    Council checkWrite(CurrentUser user, String councilId) {
        Council council = get(user, councilId);
        enablement.checkWrite(user, CouncilService.MODULE_ID, council.municipality());
        return council;
    }

    /** Limits a query on councils (columns prefixed by {@code alias}) to those the user may read. */
    static void onlyVisible(CurrentUser user, Where where, String alias) {
        if (user.seesAll() || user.isPolice()) {
            return;
        }
        List<String> own = List.copyOf(user.municipalities());
        if (own.isEmpty()) {
            where.condition("1 = 0");
            return;
        }
        String marks = String.join(", ", Collections.nCopies(own.size(), "?"));
        List<Object> params = new ArrayList<>(own);
        params.addAll(own);
        where.condition("(" + alias + "ags IN (" + marks + ") OR " + alias + "id IN (SELECT council_id "
                + "FROM councils_council_partner WHERE ags IN (" + marks + ")))", params.toArray());
    }
}
