package org.asskomm.training.internal;

import static org.asskomm.training.internal.TrainingEntities.PERSON;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.write.Update;
import org.asskomm.platform.api.write.Writes;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.Person;
import org.asskomm.training.api.TrainingEvents;
import org.asskomm.training.api.PersonExport;
import org.asskomm.training.api.PersonRequest;
import org.asskomm.training.api.PersonService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Participants, a municipality's personal data. The pipeline writes and audits {@link PersonKeys} (never names);
 * the caller gets the whole person, read after the write.
 */
@Component(service = PersonService.class)
public class PersonRegistry implements PersonService {

    /**
     * Fields of audited states that describe the person: blanked in the audit log by an erasure. Person entries
     * hold none of them (see {@link PersonKeys}); enrolment entries hold the person's documents and notes.
     */
    private static final Set<String> PERSONAL_AUDIT_FIELDS = Set.of("firstName", "lastName", "email", "organisation",
            "documents", "note");

    private final Database database;
    private final AuditLog audit;
    private final MunicipalityDirectory municipalities;
    private final Writes writes;
    private final PersonStore people = new PersonStore();
    private final EnrolmentStore enrolments = new EnrolmentStore();

    /** The audit log only to blank personal fields on erasure; entries are recorded by the pipeline. */
    @Activate
    public PersonRegistry(@Reference Database database,
                          @Reference(target = "(asskomm.module=training)") ModuleSchema schema,
                          @Reference AuditLog audit, @Reference MunicipalityDirectory municipalities,
                          @Reference Writes writes) {
        this.database = database;
        this.audit = audit;
        this.municipalities = municipalities;
        this.writes = writes;
    }

    @Override
    public Person createPerson(CurrentUser user, PersonRequest r) {
        Validator v = new Validator();
        v.required("municipality", r.municipality());
        v.rule(r.version() == null, "version", "training.versionOnCreate");
        validate(v, r);
        v.throwIfInvalid();
        municipalities.require("municipality", r.municipality());
        PersonKeys created = writes.create(user, PERSON, r.municipality(), "CREATE").event(TrainingEvents.PERSON_CREATED)
                .apply((c, id) -> people.insert(c, id.toString(), r));
        return read(created.id());
    }

    private static void validate(Validator v, PersonRequest r) {
        v.text("firstName", r.firstName(), 100);
        v.text("lastName", r.lastName(), 100);
        v.maxLength("email", r.email(), 200);
        v.rule(r.email() == null || r.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                "validation.email");
        v.maxLength("organisation", r.organisation(), 200);
        v.required("sector", r.sector());
    }

    /** The input is judged after the right: others' people are "not found" whatever the body. */
    @Override
    public Person updatePerson(CurrentUser user, String id, PersonRequest r) {
        user.requireAuthenticated();
        writes.update(user, PERSON, TrainingEntities.id(id, "person"), "UPDATE")
                .check(before -> {
                    Validator v = new Validator();
                    v.rule(r.municipality() == null || r.municipality().equals(before.municipality()),
                            "municipality", "training.unchangeable");
                    v.required("version", r.version());
                    validate(v, r);
                    v.throwIfInvalid();
                    if (before.anonymised()) {
                        throw ConflictException.of("training.person.anonymisedChange", id);
                    }
                })
                .expectVersion(r.version())
                .event(TrainingEvents.PERSON_UPDATED)
                .apply((c, before) -> people.update(c, id, r));
        return read(id);
    }

    @Override
    public Person person(CurrentUser user, String id) {
        user.requireAuthenticated();
        Person person = read(id);
        PersonalData.require(user, person.municipality(), "Person", id);
        return person;
    }

    private Person read(String id) {
        return database.read(c -> people.find(c, id)).orElseThrow(() -> NotFoundException.of("problem.notFound",
                ConflictException.entity("Person"), id));
    }

    @Override
    public Page<Person> people(CurrentUser user, String municipality, PageRequest page) {
        Set<String> scope = PersonalData.scope(user);
        return database.read(c -> people.list(c, municipality, scope, page));
    }

    /**
     * GDPR Art. 15. The access is audited ({@code EXPORT}) through the pipeline without a change; reading is
     * the right (the person's municipality's staff and LPR admins), also where the module was disabled since.
     */
    @Override
    public PersonExport export(CurrentUser user, String personId) {
        user.requireAuthenticated();
        writes.update(user, PERSON, TrainingEntities.id(personId, "person"), "EXPORT")
                .authorize((u, person) -> { })
                .apply((c, before) -> { });
        return database.read(c -> new PersonExport(people.find(c, personId).orElseThrow(),
                enrolments.ofPerson(c, personId), enrolments.notificationsOfPerson(c, personId)));
    }

    @Override
    public Person anonymise(CurrentUser user, String personId) {
        user.requireAuthenticated();
        anonymisation(user, personId).apply((c, before) -> erase(c, personId));
        return read(personId);
    }

    /** The retention period applies in every municipality, enabled or not: LPR admins only. */
    @Override
    public List<String> anonymiseInactive(CurrentUser user, int years) {
        user.requireLprAdmin();
        new Validator().rule(years >= 1 && years <= 100, "years", "validation.between", 1, 100).throwIfInvalid();
        Instant cutoff = ZonedDateTime.now(ZoneOffset.UTC).minusYears(years).toInstant();
        List<String> ids = database.read(c -> people.inactiveSince(c, cutoff));
        for (String id : ids) {
            anonymisation(user, id).authorize(TrainingEntities.LPR_ADMIN).apply((c, before) -> erase(c, id));
        }
        return ids;
    }

    private Update<PersonKeys> anonymisation(CurrentUser user, String personId) {
        return writes.update(user, PERSON, TrainingEntities.id(personId, "person"), "ANONYMISE")
                .check(before -> {
                    if (before.anonymised()) {
                        throw ConflictException.of("training.person.alreadyAnonymised", personId);
                    }
                })
                .event(TrainingEvents.PERSON_ANONYMISED);
    }

    /** The personal fields go everywhere; the audit entries stay (who did what when), their personal fields do not. */
    private void erase(Connection c, String personId) throws SQLException {
        people.anonymise(c, personId);
        enrolments.deleteDocumentsOfPerson(c, personId);
        enrolments.eraseNotesOfPerson(c, personId);
        audit.anonymise(c, TrainingModule.ID, "Person", personId, PERSONAL_AUDIT_FIELDS);
        for (Enrolment e : enrolments.ofPerson(c, personId)) {
            audit.anonymise(c, TrainingModule.ID, "Enrolment", e.id(), PERSONAL_AUDIT_FIELDS);
        }
    }
}
