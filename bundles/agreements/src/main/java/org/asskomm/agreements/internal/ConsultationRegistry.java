package org.asskomm.agreements.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.agreements.api.AgreementEvents;
import org.asskomm.agreements.api.Consultation;
import org.asskomm.agreements.api.ConsultationDraft;
import org.asskomm.agreements.api.ConsultationService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
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

/** The LPR's consultations (Beratungen): recorded by LPR admins, read by the municipality advised. */
@Component(service = ConsultationService.class)
public class ConsultationRegistry implements ConsultationService {

    static final String ENTITY = "Consultation";

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final Writes writes;
    private final Clock clock = Clock.systemDefaultZone();
    private final Entity<Consultation> consultation = Entity.of(AgreementsModule.ID, ENTITY, ConsultationRegistry::load,
            Consultation::municipality);

    @Activate
    public ConsultationRegistry(@Reference Database database,
                                @Reference(target = "(asskomm.module=agreements)") ModuleSchema schema,
                                @Reference MunicipalityDirectory municipalities, @Reference Writes writes) {
        this.database = database;
        this.municipalities = municipalities;
        this.writes = writes;
    }

    @Override
    public Consultation record(CurrentUser user, ConsultationDraft d) {
        user.requireLprAdmin();
        Validator v = new Validator();
        if (d == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.notBlank("municipality", d.municipality())
                .rule(d.municipality() == null || municipalities.find(d.municipality()).isPresent(), "municipality",
                        "validation.unknownMunicipality", d.municipality())
                .required("date", d.date())
                .rule(d.date() == null || !d.date().isAfter(LocalDate.now(clock)), "date", "validation.notInFuture")
                .notEmpty("topics", d.topics())
                .maxLength("outcome", d.outcome(), 4000);
        texts(v, "topics", d.topics());
        texts(v, "participants", d.participants());
        texts(v, "followUps", d.followUps());
        v.throwIfInvalid();
        // the LPR may act for every municipality: the pipeline's right check is the module's enablement there
        return writes.create(user, consultation, d.municipality(), "RECORD")
                .event(AgreementEvents.CONSULTATION_RECORDED, (before, after) -> AgreementPayloads.recorded(after))
                .apply((c, id) -> {
                    Sql.update(c, "INSERT INTO agreements_consultation (id, municipality, held_on, outcome, created_at,"
                            + " created_by) VALUES (?, ?, ?, ?, ?, ?)", id, d.municipality(), d.date(), d.outcome(),
                            clock.instant(), user.name());
                    Texts.replace(c, id, "TOPIC", d.topics());
                    Texts.replace(c, id, "PARTICIPANT", d.participants());
                    Texts.replace(c, id, "FOLLOW_UP", d.followUps());
                });
    }

    private static void texts(Validator v, String field, List<String> texts) {
        for (int i = 0; texts != null && i < texts.size() && i < 100; i++) {
            v.text(field + "[" + i + "]", texts.get(i), 2000);
        }
        v.rule(texts == null || texts.size() <= 100, field, "validation.maxEntries", 100);
    }

    @Override
    public Consultation get(CurrentUser user, UUID id) {
        Consultation c = database.inTransaction(conn -> load(conn, id))
                .filter(x -> user.mayRead(x.municipality()))
                .orElseThrow(() -> NotFoundException.of("agreements.consultation.notFound", id));
        return c;
    }

    @Override
    public Page<Consultation> list(CurrentUser user, String municipality, Integer year, PageRequest page) {
        user.requireAuthenticated();
        Where where = new Where().eq("municipality", municipality).conditionIf(year, "EXTRACT(YEAR FROM held_on) = ?");
        if (!user.seesAll()) {
            where.in("municipality", user.municipalities());
        }
        return database.inTransaction(c -> {
            Page<String> ids = Sql.page(c, "id", "agreements_consultation", where, "held_on DESC, id", page,
                    rs -> rs.getString(1));
            List<Consultation> items = new java.util.ArrayList<>();
            for (String id : ids.items()) {
                items.add(load(c, UUID.fromString(id)).orElseThrow());
            }
            return new Page<>(items, ids.total(), ids.offset(), ids.limit());
        });
    }

    private static Optional<Consultation> load(Connection c, UUID id) throws SQLException {
        Optional<String[]> head = Sql.queryOne(c, "SELECT municipality, held_on, outcome FROM agreements_consultation"
                + " WHERE id = ?", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, id);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        String[] h = head.get();
        return Optional.of(new Consultation(id, h[0], LocalDate.parse(h[1]), Texts.load(c, id, "TOPIC"),
                Texts.load(c, id, "PARTICIPANT"), h[2], Texts.load(c, id, "FOLLOW_UP")));
    }
}
