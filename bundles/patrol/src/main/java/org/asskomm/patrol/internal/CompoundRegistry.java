package org.asskomm.patrol.internal;

import static org.asskomm.patrol.internal.CompoundStore.blankToNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.asskomm.patrol.api.PatrolEvents;
import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundMember;
import org.asskomm.patrol.api.CompoundRequest;
import org.asskomm.patrol.api.CompoundService;
import org.asskomm.patrol.api.CostKey;
import org.asskomm.patrol.api.CostKeyRequest;
import org.asskomm.patrol.api.KeyShare;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Compounds, their members and cost-key versions: writes through the pipeline, the lead's right. */
@Component(service = CompoundService.class)
public class CompoundRegistry implements CompoundService {

    static final int DEFAULT_UNTOUCHED_DAYS = 90;

    private final Database database;
    private final CompoundAccess access;
    private final Writes writes;
    private final CompoundStore store;
    private final CompoundRules rules;
    /** Loaded under the row lock: a cost key and a change of the members never interleave. */
    private final Entity<Compound> compound;
    private final Entity<CostKey> costKey;

    @Activate
    public CompoundRegistry(@Reference Database database, @Reference MunicipalityDirectory municipalities,
                            @Reference CompoundAccess access, @Reference Writes writes) {
        this.database = database;
        this.access = access;
        this.writes = writes;
        this.store = access.store();
        this.rules = new CompoundRules(municipalities);
        this.compound = Entity.<Compound>of(PatrolModule.ID, "Compound", (c, id) -> store.find(c, id.toString(), true),
                Compound::leadAgs).versioned(Compound::version).readableWhen((user, x) -> access.canSee(user, x));
        this.costKey = Entity.<CostKey>of(PatrolModule.ID, "CostKey", (c, id) -> store.key(c, id.toString()),
                k -> access.lead(k.compoundId())).readableWhen((user, k) -> access.canSee(user, k.compoundId()));
    }

    @Override
    public Compound createCompound(CurrentUser user, CompoundRequest r) {
        user.requireAuthenticated();
        String lead = r == null ? null : r.leadAgs();
        return writes.create(user, compound, lead, "CREATE")
                .authorize(u -> {
                    if (Municipality.isWellFormedKey(lead)) { // otherwise the input check names the field (400)
                        access.requireLead(u, lead);
                    }
                })
                .event(PatrolEvents.COMPOUND_CREATED,
                        (before, after) -> PatrolPayloads.compound(PatrolEvents.COMPOUND_CREATED, after))
                .apply((c, id) -> {
                    List<CompoundMember> members = rules.members(r, null);
                    members.forEach(m -> access.requireEnabled(m.ags()));
                    store.insert(c, new Compound(id.toString(), r.name().trim(), lead, r.startDate(),
                            blankToNull(r.purposeAgreementId()), r.untouchedAfterDays() == null
                            ? DEFAULT_UNTOUCHED_DAYS : r.untouchedAfterDays(), members, 1));
                });
    }

    @Override
    public Compound updateCompound(CurrentUser user, String compoundId, CompoundRequest r) {
        List<CompoundMember> members = new ArrayList<>();
        return writes.update(user, compound, CompoundAccess.uuid(compoundId, notFound(compoundId)), "UPDATE")
                .check(before -> {
                    members.clear(); // a retried transaction checks again
                    members.addAll(rules.members(r, before));
                    members.forEach(m -> access.requireEnabled(m.ags()));
                })
                .expectVersion(r == null ? null : r.version())
                .event(PatrolEvents.COMPOUND_UPDATED,
                        (before, after) -> PatrolPayloads.compound(PatrolEvents.COMPOUND_UPDATED, after))
                .apply((c, before) -> store.update(c, new Compound(before.id(), r.name().trim(), before.leadAgs(),
                        r.startDate(), blankToNull(r.purposeAgreementId()), r.untouchedAfterDays() == null
                        ? before.untouchedAfterDays() : r.untouchedAfterDays(), members, before.version() + 1),
                        before.version()));
    }

    @Override
    public Compound compound(CurrentUser user, String compoundId) {
        return access.visible(user, compoundId);
    }

    @Override
    public Page<Compound> compounds(CurrentUser user, String municipality, PageRequest page) {
        user.requireAuthenticated();
        Set<String> visibleTo = access.memberships(user);
        return database.read(c -> store.list(c, blankToNull(municipality), visibleTo, page));
    }

    @Override
    public CostKey addCostKey(CurrentUser user, String compoundId, CostKeyRequest r) {
        Compound parent = access.visible(user, compoundId);
        return writes.create(user, costKey, parent.leadAgs(), "CREATE")
                .event(PatrolEvents.COST_KEY_CREATED, (before, after) -> PatrolPayloads.costKey(after)).apply((c, id) -> {
            List<KeyShare> shares = CompoundRules.shares(parent, r);
            store.find(c, compoundId, true); // one new key of a compound at a time
            if (store.keyExists(c, compoundId, r.validFrom())) {
                throw ConflictException.of("patrol.costKey.exists", r.validFrom());
            }
            store.insertKey(c, new CostKey(id.toString(), compoundId, r.validFrom(), r.type(), r.basePercent(), shares));
        });
    }

    @Override
    public List<CostKey> costKeys(CurrentUser user, String compoundId) {
        return access.read(user, compoundId, (c, compound) -> store.keys(c, compoundId));
    }

    static Message notFound(String compoundId) {
        return Message.of("patrol.compound.notFound", compoundId);
    }
}
