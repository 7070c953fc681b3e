package org.asskomm.patrol.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.asskomm.patrol.api.Compound;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who sees a compound and who may write in it, for every service of the module. A compound spans several
 * municipalities, so the pipeline's default right (one municipality) fits only compound-wide writes, which belong
 * to the lead; the rest goes through {@code authorize(...)} with the rights here. Used inside pipeline calls, the
 * lookups join the pipeline's transaction.
 */
@Component(service = CompoundAccess.class)
public class CompoundAccess {

    private final Database database;
    private final ModuleEnablement enablement;
    private final CompoundStore store;

    @Activate
    public CompoundAccess(@Reference Database database,
                          @Reference(target = "(asskomm.module=patrol)") ModuleSchema schema,
                          @Reference MunicipalityDirectory municipalities, @Reference ModuleEnablement enablement) {
        this.database = database;
        this.enablement = enablement;
        this.store = new CompoundStore(municipalities);
    }

    CompoundStore store() {
        return store;
    }

    /**
     * Members whose municipality enabled the module see it, and so do police of the members' Polizeidirektion
     * (state-wide police: of all); LPR admins and viewers see all.
     */
    boolean canSee(CurrentUser user, Compound compound) {
        return user.seesAll() || compound.members().stream()
                .anyMatch(m -> (user.mayActFor(m.ags()) || user.policeMayRead(m.ags()))
                        && enablement.isEnabled(PatrolModule.ID, m.ags()));
    }

    /**
     * The municipalities whose compounds the user sees as a member or as their police; null: all (LPR admins,
     * viewers).
     */
    Set<String> memberships(CurrentUser user) {
        if (user.seesAll()) {
            return null;
        }
        Set<String> enabled = new HashSet<>();
        for (String ags : user.municipalities()) {
            if (enablement.isEnabled(PatrolModule.ID, ags)) {
                enabled.add(ags);
            }
        }
        if (user.isAnyPolice()) {
            enablement.enabledMunicipalities(PatrolModule.ID).stream().filter(user::policeMayRead).forEach(enabled::add);
        }
        return enabled;
    }

    /** The compound if the user may see it; 404 otherwise, so that outsiders learn nothing. */
    Compound visible(Connection c, CurrentUser user, String id) throws SQLException {
        user.requireAuthenticated();
        Compound compound = store.find(c, id, false).orElse(null);
        if (compound == null || !canSee(user, compound)) {
            throw NotFoundException.of("patrol.compound.notFound", id);
        }
        return compound;
    }

    Compound visible(CurrentUser user, String id) {
        return database.read(c -> visible(c, user, id));
    }

    /** A read about a compound the user may see (404 otherwise), in one read-only transaction. */
    <T> T read(CurrentUser user, String compoundId, CompoundRead<T> read) {
        return database.read(c -> read.apply(c, visible(c, user, compoundId)));
    }

    /** What is read about a visible compound. */
    @FunctionalInterface
    interface CompoundRead<T> {
        T apply(Connection connection, Compound compound) throws SQLException;
    }

    /** Compound-wide writes belong to the lead municipality (what the pipeline checks by default). */
    void requireLead(CurrentUser user, String leadAgs) {
        enablement.checkWrite(user, PatrolModule.ID, leadAgs);
    }

    /** Writes about one member (its places, its logs): the lead, or the member itself. */
    void requireLeadOrMember(CurrentUser user, Compound compound, String ags) {
        if (user.mayActFor(compound.leadAgs())) {
            enablement.checkWrite(user, PatrolModule.ID, compound.leadAgs());
            enablement.requireEnabled(PatrolModule.ID, ags);
        } else {
            enablement.checkWrite(user, PatrolModule.ID, ags);
        }
    }

    /**
     * Before a member's record is judged: the user acts for the lead or one of the members; others (viewers, police)
     * get their 403 before any field of their request is looked at.
     */
    void requireActForSomeMember(CurrentUser user, Compound compound) {
        if (!user.mayActFor(compound.leadAgs()) && compound.members().stream().noneMatch(m -> user.mayActFor(m.ags()))) {
            throw AccessDeniedException.of("problem.forbidden.actFor", compound.leadAgs());
        }
    }

    void requireEnabled(String ags) {
        enablement.requireEnabled(PatrolModule.ID, ags);
    }

    /** The compound of a record in it, loaded in the caller's transaction (the pipeline's, when called there). */
    Compound compound(String compoundId) {
        return database.inTransaction(c -> store.find(c, compoundId, false)).orElseThrow(
                () -> new IllegalStateException("Compound " + compoundId + " of a stored record is missing"));
    }

    /** For an entity's municipality: records of a compound belong to its lead. */
    String lead(String compoundId) {
        return compound(compoundId).leadAgs();
    }

    /** For an entity's visibility: those who see the compound see its records. */
    boolean canSee(CurrentUser user, String compoundId) {
        return canSee(user, compound(compoundId));
    }

    /**
     * The right to change a record reached as {@code /compounds/{compoundId}/...}: 404 unless it belongs to that
     * compound (as if the path named no record), then {@code right} with the record's compound.
     */
    <T> BiConsumer<CurrentUser, T> within(String compoundId, Function<T, String> compoundOf, Message notFound,
                                          RecordRight<T> right) {
        return (user, record) -> {
            if (!compoundOf.apply(record).equals(compoundId)) {
                throw new NotFoundException(notFound);
            }
            right.check(user, compound(compoundId), record);
        };
    }

    /** {@link #within} with the lead's right: resources, officers. */
    <T> BiConsumer<CurrentUser, T> leadWithin(String compoundId, Function<T, String> compoundOf, Message notFound) {
        return within(compoundId, compoundOf, notFound, (user, compound, record) -> requireLead(user, compound.leadAgs()));
    }

    /** A right on a record of a compound. */
    @FunctionalInterface
    interface RecordRight<T> {
        void check(CurrentUser user, Compound compound, T record);
    }

    /** The id of a path as the pipeline takes it; one that is no UUID names no record (404, as before). */
    static UUID uuid(String id, Message notFound) {
        try {
            UUID uuid = UUID.fromString(String.valueOf(id));
            if (uuid.toString().equals(id)) { // ids are stored in canonical form
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // not a UUID: no record, as below
        }
        throw new NotFoundException(notFound);
    }
}
