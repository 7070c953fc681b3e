package org.asskomm.agreements.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.asskomm.agreements.api.AgreementEvents;
import org.asskomm.agreements.api.PurposeAgreement;
import org.asskomm.agreements.api.PurposeAgreementDraft;
import org.asskomm.agreements.api.PurposeAgreementService;
import org.asskomm.agreements.api.PurposeKind;
import org.asskomm.agreements.api.PurposeStatus;
import org.asskomm.agreements.api.PurposeTransition;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Purpose agreements (SächsKomZG §§71-72). The lead municipality's staff write them; lead and partners
 * read them.
 */
@Component(service = PurposeAgreementService.class)
public class PurposeAgreementRegistry implements PurposeAgreementService {

    static final String ENTITY = "PurposeAgreement";

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final Writes writes;
    private final Clock clock = Clock.systemDefaultZone();
    private final Entity<PurposeAgreement> purpose = Entity.<PurposeAgreement>of(AgreementsModule.ID, ENTITY,
                    PurposeAgreementRegistry::find, PurposeAgreement::lead)
            .versioned(PurposeAgreement::version).readableWhen(PurposeAgreementRegistry::maySee);

    @Activate
    public PurposeAgreementRegistry(@Reference Database database,
                                    @Reference(target = "(asskomm.module=agreements)") ModuleSchema schema,
                                    @Reference MunicipalityDirectory municipalities, @Reference Writes writes) {
        this.database = database;
        this.municipalities = municipalities;
        this.writes = writes;
    }

    @Override
    public PurposeAgreement create(CurrentUser user, PurposeAgreementDraft d) {
        validate(d);
        return writes.create(user, purpose, d.lead(), "CREATE")
                .event(AgreementEvents.PURPOSE_CREATED, (before, after) -> AgreementPayloads.created(after)).apply((c, id) -> {
            Instant now = clock.instant();
            Sql.update(c, "INSERT INTO agreements_purpose (id, lead, purpose, kind, status, start_date, notice_months,"
                            + " cost_sharing_note, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    id, d.lead(), d.purpose().trim(), d.kind(), PurposeStatus.NEGOTIATING, d.startDate(),
                    d.noticeMonths(), d.costSharingNote(), now, now);
            writeDetails(c, id, d);
        });
    }

    @Override
    public PurposeAgreement get(CurrentUser user, UUID id) {
        return database.inTransaction(c -> find(c, id)).filter(p -> maySee(user, p))
                .orElseThrow(() -> NotFoundException.of("agreements.purpose.notFound", id));
    }

    private static boolean maySee(CurrentUser user, PurposeAgreement p) {
        return user.mayRead(p.lead()) || p.partners().stream().anyMatch(user::mayRead);
    }

    @Override
    public Page<PurposeAgreement> list(CurrentUser user, String municipality, PurposeStatus status, PageRequest page) {
        user.requireAuthenticated();
        Where where = new Where().eq("p.status", status);
        if (municipality != null && !municipality.isBlank()) {
            where.condition("(p.lead = ? OR EXISTS (SELECT 1 FROM agreements_purpose_partner x"
                    + " WHERE x.purpose_id = p.id AND x.ags = ?))", municipality, municipality);
        }
        if (!user.seesAll()) {
            Set<String> own = user.municipalities();
            if (own.isEmpty()) {
                where.condition("1 = 0");
            } else {
                String marks = String.join(", ", java.util.Collections.nCopies(own.size(), "?"));
                List<Object> params = new java.util.ArrayList<>(own);
                params.addAll(own);
                where.condition("(p.lead IN (" + marks + ") OR EXISTS (SELECT 1 FROM agreements_purpose_partner y"
                        + " WHERE y.purpose_id = p.id AND y.ags IN (" + marks + ")))", params.toArray());
            }
        }
        return database.inTransaction(c -> {
            Page<String> ids = Sql.page(c, "p.id", "agreements_purpose p", where, "p.created_at DESC, p.id", page,
                    rs -> rs.getString(1));
            List<PurposeAgreement> items = new java.util.ArrayList<>();
            for (String id : ids.items()) {
                items.add(load(c, UUID.fromString(id)));
            }
            return new Page<>(items, ids.total(), ids.offset(), ids.limit());
        });
    }

    @Override
    public PurposeAgreement update(CurrentUser user, UUID id, PurposeAgreementDraft d) {
        return writes.update(user, purpose, id, "UPDATE").check(before -> {
            validate(d);
            new Validator().required("version", d.version()).throwIfInvalid();
            if (before.status() != PurposeStatus.NEGOTIATING) {
                throw ConflictException.of("agreements.purpose.notEditable", before.status());
            }
            if (!before.lead().equals(d.lead())) {
                throw ConflictException.of("agreements.purpose.leadFixed");
            }
        }).expectVersion(d == null ? null : d.version()).apply((c, before) -> {
            Sql.updateVersioned(c, ENTITY, id, "UPDATE agreements_purpose SET purpose = ?, kind = ?, start_date = ?,"
                            + " notice_months = ?, cost_sharing_note = ?, updated_at = ?, version = version + 1"
                            + " WHERE id = ? AND version = ?", d.purpose().trim(), d.kind(), d.startDate(),
                    d.noticeMonths(), d.costSharingNote(), clock.instant(), id, d.version());
            Sql.update(c, "DELETE FROM agreements_purpose_partner WHERE purpose_id = ?", id);
            writeDetails(c, id, d);
        });
    }

    @Override
    public PurposeAgreement transition(CurrentUser user, UUID id, PurposeTransition t) {
        LocalDate on = t.date() == null ? LocalDate.now(clock) : t.date();
        String action = String.valueOf(t.to()); // a missing status fails the check before anything is written
        return writes.update(user, purpose, id, action).check(before -> {
            new Validator().required("to", t.to()).required("version", t.version()).throwIfInvalid();
            if (!before.status().next().contains(t.to())) {
                throw ConflictException.of("agreements.purpose.transition", before.status(), t.to(),
                        before.status().next());
            }
        }).expectVersion(t.version())
                .event(action, (before, after) -> AgreementPayloads.reached(before, after, on)).apply((c, before) -> Sql.updateVersioned(c, ENTITY, id,
                "UPDATE agreements_purpose SET status = ?, cancelled_on = ?, updated_at = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?", t.to(), t.to() == PurposeStatus.CANCELLED ? on : null,
                clock.instant(), id, t.version()));
    }

    private void validate(PurposeAgreementDraft d) {
        Validator v = new Validator();
        if (d == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.notBlank("lead", d.lead());
        v.rule(d.lead() == null || known(d.lead()), "lead", "validation.unknownMunicipality", d.lead());
        v.rule(d.partners() != null && !d.partners().isEmpty(), "partners", "agreements.purpose.noPartner");
        Set<String> seen = new HashSet<>();
        seen.add(d.lead());
        for (int i = 0; d.partners() != null && i < d.partners().size() && i < 100; i++) {
            String ags = d.partners().get(i);
            v.rule(ags != null && known(ags), "partners[" + i + "]", "validation.unknownMunicipality", ags);
            v.rule(seen.add(ags), "partners[" + i + "]", "agreements.purpose.duplicatePartner", ags);
        }
        v.text("purpose", d.purpose(), 1000);
        v.required("kind", d.kind());
        v.rule(d.noticeMonths() == null || d.noticeMonths() >= 0 && d.noticeMonths() <= 120, "noticeMonths",
                "validation.between", 0, 120);
        v.maxLength("costSharingNote", d.costSharingNote(), 2000);
        for (int i = 0; d.tasks() != null && i < d.tasks().size() && i < 100; i++) {
            v.text("tasks[" + i + "]", d.tasks().get(i), 2000);
        }
        v.throwIfInvalid();
    }

    private boolean known(String ags) {
        return Municipality.isWellFormedKey(ags) && municipalities.find(ags).isPresent();
    }

    private static void writeDetails(Connection c, UUID id, PurposeAgreementDraft d) throws SQLException {
        for (String partner : d.partners()) {
            Sql.update(c, "INSERT INTO agreements_purpose_partner (purpose_id, ags) VALUES (?, ?)", id, partner);
        }
        Texts.replace(c, id, "TASK", d.tasks());
    }

    private static Optional<PurposeAgreement> find(Connection c, UUID id) throws SQLException {
        return Sql.queryOne(c, "SELECT id FROM agreements_purpose WHERE id = ?", rs -> rs.getString(1), id).isPresent()
                ? Optional.of(load(c, id)) : Optional.empty();
    }

    private static PurposeAgreement load(Connection c, UUID id) throws SQLException {
        List<String> partners = Sql.query(c, "SELECT ags FROM agreements_purpose_partner WHERE purpose_id = ? ORDER BY ags",
                rs -> rs.getString(1), id);
        List<String> tasks = Texts.load(c, id, "TASK");
        return Sql.queryOne(c, "SELECT * FROM agreements_purpose WHERE id = ?", rs -> map(rs, partners, tasks), id)
                .orElseThrow();
    }

    private static PurposeAgreement map(ResultSet rs, List<String> partners, List<String> tasks) throws SQLException {
        return new PurposeAgreement(Sql.uuid(rs, "id"), rs.getString("lead"), partners, rs.getString("purpose"), tasks,
                PurposeKind.valueOf(rs.getString("kind")), PurposeStatus.valueOf(rs.getString("status")),
                Sql.date(rs, "start_date"), Sql.integer(rs, "notice_months"), Sql.date(rs, "cancelled_on"),
                rs.getString("cost_sharing_note"), rs.getInt("version"));
    }
}
