package org.asskomm.councils.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Insert;
import org.asskomm.platform.api.write.Loader;
import org.asskomm.platform.api.write.Update;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who may see and change a council, and what the module's services share: the database (on a migrated schema) and
 * the day. Reads: LPR admins, viewers and police (who sit on every council) see all councils; municipal staff see
 * the councils their municipalities lead or are partner of. Writes: the lead municipality's staff or LPR admins,
 * with the module enabled for the lead municipality.
 */
@Component(service = CouncilAccess.class)
public class CouncilAccess {

    private final Database database;
    private final ModuleEnablement enablement;
    private final Writes writes;
    private final Clock clock;
    private final CouncilStore councils = new CouncilStore();

    /** The schema reference: every service of the module reaches the tables through this component. */
    @Activate
    public CouncilAccess(@Reference Database database,
                         @Reference(target = "(asskomm.module=councils)") ModuleSchema schema,
                         @Reference ModuleEnablement enablement, @Reference Writes writes) {
        this(database, enablement, writes, Clock.systemDefaultZone());
    }

    CouncilAccess(Database database, ModuleEnablement enablement, Writes writes, Clock clock) {
        this.database = database;
        this.enablement = enablement;
        this.writes = writes;
        this.clock = clock;
    }

    Database database() {
        return database;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Instant now() {
        return Instant.now(clock);
    }

    Council get(CurrentUser user, String councilId) {
        return database.inTransaction(c -> read(c, user, councilId));
    }

    /** Reads the council inside the caller's transaction; 404 when it is unknown or not the user's to see. */
    Council read(Connection c, CurrentUser user, String councilId) throws SQLException {
        user.requireAuthenticated();
        Council council = councils.find(c, councilId).orElse(null);
        if (council == null || !mayRead(user, council)) {
            throw NotFoundException.of("councils.council.notFound", councilId);
        }
        return council;
    }

    /** LPR, viewers and state-wide police read all councils; municipalities and directorate police those they reach. */
    static boolean mayRead(CurrentUser user, Council council) {
        return user.seesAll() || user.isPolice() || reaches(user, council.municipality())
                || council.partnerMunicipalities().stream().anyMatch(ags -> reaches(user, ags));
    }

    private static boolean reaches(CurrentUser user, String ags) {
        return user.mayRead(ags) || user.policeMayRead(ags);
    }

    /**
     * Guard before validation: 404 for unknown or unreadable councils, 403 without the right to write (the
     * pipeline checks the right again, on the record it changes).
     */
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
        List<String> districts = List.copyOf(user.policeDistricts());
        if (own.isEmpty() && districts.isEmpty()) {
            where.condition("1 = 0");
            return;
        }
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!own.isEmpty()) {
            String marks = String.join(", ", Collections.nCopies(own.size(), "?"));
            conditions.add(alias + "ags IN (" + marks + ") OR " + alias + "id IN (SELECT council_id "
                    + "FROM councils_council_partner WHERE ags IN (" + marks + "))");
            params.addAll(own);
            params.addAll(own);
        }
        if (!districts.isEmpty()) { // police of a directorate: councils in or with partners in its districts
            String marks = String.join(", ", Collections.nCopies(districts.size(), "?"));
            conditions.add("SUBSTR(" + alias + "ags, 1, 5) IN (" + marks + ") OR " + alias + "id IN (SELECT council_id "
                    + "FROM councils_council_partner WHERE SUBSTR(ags, 1, 5) IN (" + marks + "))");
            params.addAll(districts);
            params.addAll(districts);
        }
        where.condition("(" + String.join(" OR ", conditions) + ")", params.toArray());
    }

    // ------------------------------------------------------------------ records of a council, for the pipeline

    /**
     * A new record of the council: 404/403 for the council before the input is validated (what the API always
     * answered), then the pipeline's creation under the council's row lock. The audit action is CREATE.
     */
    <T> T create(CurrentUser user, String councilId, Runnable validation, Function<Council, Entity<T>> kind,
                 Insert insert) {
        Council council = checkWrite(user, councilId);
        validation.run();
        return writes.create(user, kind.apply(council), council.municipality(), "CREATE").apply(locked(council, insert));
    }

    /**
     * A change of the record {@code id} of the council, guarded and validated as {@link #create}; the caller adds
     * version, checks and statements. The audit action is UPDATE.
     */
    <T> Update<T> update(CurrentUser user, String councilId, Runnable validation, Function<Council, Entity<T>> kind,
                         String id) {
        Council council = checkWrite(user, councilId);
        validation.run();
        Entity<T> entity = kind.apply(council);
        // "WorkingGroup" reads "No working group ... in council ...", the wording of the API before the pipeline
        String words = entity.name().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return writes.update(user, entity, id(id, () -> NotFoundException.of("councils.notInCouncil",
                ConflictException.entity(entity.name()).orElse(words), id, councilId)), "UPDATE");
    }

    /**
     * A kind of record that belongs to {@code council}: written with the right of the council's lead municipality,
     * seen by the council's readers, loaded under the council's row lock (so that writes to one council's records,
     * e.g. attendance and membership dates, do not interleave). The pipeline's entity has no parent, so the entity
     * is bound to the council, which the caller read before (lead and partners never change).
     */
    static <T> Entity<T> partOf(Council council, String name, Loader<T> loader) {
        Loader<T> locked = (c, id) -> {
            CouncilStore.lock(c, council.id());
            return loader.load(c, id);
        };
        return Entity.<T>of(CouncilService.MODULE_ID, name, locked, record -> council.municipality())
                .readableWhen((user, record) -> mayRead(user, council));
    }

    /** The statements of a new record of the council, after its row lock is taken (see {@link #partOf}). */
    private static Insert locked(Council council, Insert insert) {
        return (c, id) -> {
            CouncilStore.lock(c, council.id());
            insert.insert(c, id);
        };
    }

    /** A record id for the pipeline; ids are UUIDs, anything else names no record (404, like any unknown id). */
    private static UUID id(String id, Supplier<NotFoundException> notFound) {
        try {
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equals(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // not an id of ours
        }
        throw notFound.get();
    }
}
