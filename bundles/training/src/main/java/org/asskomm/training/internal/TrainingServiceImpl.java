package org.asskomm.training.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.Topics;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.training.api.AttendanceRequest;
import org.asskomm.training.api.Certificate;
import org.asskomm.training.api.CertificateVerification;
import org.asskomm.training.api.Cohort;
import org.asskomm.training.api.CohortRequest;
import org.asskomm.training.api.Count;
import org.asskomm.training.api.Course;
import org.asskomm.training.api.CourseFormat;
import org.asskomm.training.api.CourseRequest;
import org.asskomm.training.api.Degree;
import org.asskomm.training.api.Document;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.EnrolmentRequest;
import org.asskomm.training.api.EnrolmentStatus;
import org.asskomm.training.api.GraduateCount;
import org.asskomm.training.api.ModuleProgress;
import org.asskomm.training.api.ModuleResult;
import org.asskomm.training.api.ModuleResultRequest;
import org.asskomm.training.api.Notification;
import org.asskomm.training.api.OfferStatus;
import org.asskomm.training.api.ParticipantsBy;
import org.asskomm.training.api.Person;
import org.asskomm.training.api.PersonExport;
import org.asskomm.training.api.PersonRequest;
import org.asskomm.training.api.Programme;
import org.asskomm.training.api.ProgrammeModule;
import org.asskomm.training.api.ProgrammeModuleRequest;
import org.asskomm.training.api.ProgrammeRequest;
import org.asskomm.training.api.Qualification;
import org.asskomm.training.api.Session;
import org.asskomm.training.api.SessionRequest;
import org.asskomm.training.api.TrainingService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

/**
 * The rules of the training module. Catalogue writes need an LPR admin; people and enrolments belong to a
 * municipality, whose staff act for them once the municipality has enabled the module. Seat changes lock
 * the course or cohort row first (see {@link Seats}).
 */
@Component(service = TrainingService.class)
public class TrainingServiceImpl implements TrainingService {

    static final String VERIFY_PATH = "/api/v1/training/certificates/";

    private final Database database;
    private final AuditLog audit;
    private final ModuleEnablement enablement;
    private final MunicipalityDirectory municipalities;
    private final EventAdmin events;
    private final CatalogueStore catalogue = new CatalogueStore();
    private final PersonStore people = new PersonStore();
    private final EnrolmentStore enrolments = new EnrolmentStore();
    private final StatisticsStore statistics = new StatisticsStore();

    @Activate
    public TrainingServiceImpl(@Reference Database database,
                               @Reference(target = "(asskomm.module=training)") ModuleSchema schema,
                               @Reference AuditLog audit, @Reference ModuleEnablement enablement,
                               @Reference MunicipalityDirectory municipalities, @Reference EventAdmin events) {
        this.database = database;
        this.audit = audit;
        this.enablement = enablement;
        this.municipalities = municipalities;
        this.events = events;
    }

    // ------------------------------------------------------------------ catalogue

    @Override
    public Course createCourse(CurrentUser user, CourseRequest r) {
        user.requireLprAdmin();
        Validator v = validateCourse(r);
        v.check(r.version() == null, "version", "must not be given when creating");
        v.notEmpty("sessions", r.sessions());
        validateSessions(v, r.sessions());
        v.throwIfInvalid();
        Course created = database.inTransaction(c -> {
            String id = catalogue.insertCourse(c, r);
            Course course = catalogue.course(c, id).orElseThrow();
            audit.record(c, user, new AuditEvent(MODULE_ID, "Course", id, "CREATE", null), null, course);
            return course;
        });
        post("Course", "CREATED", null, created.id(), user);
        return created;
    }

    private static Validator validateCourse(CourseRequest r) {
        Validator v = new Validator();
        v.text("title", r.title(), 200);
        v.maxLength("description", r.description(), 4000);
        v.maxLength("place", r.place(), 200);
        v.required("format", r.format());
        v.notEmpty("targetGroups", r.targetGroups());
        v.required("capacity", r.capacity());
        v.check(r.capacity() == null || (r.capacity() >= 1 && r.capacity() <= 10_000), "capacity",
                "must be between 1 and 10000");
        v.required("fee", r.fee());
        v.money("fee", r.fee());
        v.required("creditHours", r.creditHours());
        v.check(r.creditHours() == null || (r.creditHours() >= 0 && r.creditHours() <= 10_000), "creditHours",
                "must be between 0 and 10000");
        return v;
    }

    private static void validateSessions(Validator v, List<SessionRequest> sessions) {
        for (int i = 0; sessions != null && i < sessions.size(); i++) {
            SessionRequest s = sessions.get(i);
            String p = "sessions[" + i + "].";
            if (s == null) {
                v.check(false, "sessions[" + i + "]", "must not be null");
                continue;
            }
            v.text(p + "title", s.title(), 200);
            v.required(p + "startsOn", s.startsOn());
            v.check(s.startsOn() == null || s.endsOn() == null || !s.endsOn().isBefore(s.startsOn()), p + "endsOn",
                    "must not be before startsOn");
            v.maxLength(p + "place", s.place(), 200);
        }
    }

    @Override
    public Course updateCourse(CurrentUser user, String id, CourseRequest r) {
        user.requireLprAdmin();
        Validator v = validateCourse(r);
        v.required("version", r.version());
        v.check(r.sessions() == null, "sessions", "cannot be changed by an update");
        v.throwIfInvalid();
        List<String> movedUp = new ArrayList<>();
        Course updated = database.inTransaction(c -> {
            OfferRef ref = OfferRef.course(id);
            Seats.Locked locked = Seats.lock(c, ref);
            requireOpen(locked);
            requireCapacity(c, locked, r.capacity());
            Course before = catalogue.course(c, id).orElseThrow();
            catalogue.updateCourse(c, id, r);
            movedUp.addAll(moveUp(c, user, ref, r.capacity(), locked.title()));
            Course after = catalogue.course(c, id).orElseThrow();
            audit.record(c, user, new AuditEvent(MODULE_ID, "Course", id, "UPDATE", null), before, after);
            return after;
        });
        post("Course", "UPDATED", null, id, user);
        postMovedUp(movedUp, user);
        return updated;
    }

    private static void requireOpen(Seats.Locked offer) {
        if (offer.status() != OfferStatus.OPEN) {
            throw new ConflictException("The " + offer.ref().kind().label() + " '" + offer.title() + "' is "
                    + offer.status() + ", not OPEN.");
        }
    }

    /** Capacity may not fall below the seats already taken. */
    private static void requireCapacity(Connection c, Seats.Locked offer, int capacity) throws SQLException {
        long taken = Seats.taken(c, offer.ref());
        if (capacity < taken) {
            throw new ConflictException("capacity " + capacity + " is below the " + taken
                    + " seats already taken in '" + offer.title() + "'.");
        }
    }

    @Override
    public Course cancelCourse(CurrentUser user, String id) {
        user.requireLprAdmin();
        Course cancelled = database.inTransaction(c -> {
            Seats.Locked locked = Seats.lock(c, OfferRef.course(id));
            if (locked.status() != OfferStatus.OPEN) {
                throw new ConflictException("Course '" + locked.title() + "' is " + locked.status()
                        + "; it cannot change to CANCELLED.");
            }
            Course before = catalogue.course(c, id).orElseThrow();
            catalogue.setStatus(c, OfferRef.course(id), OfferStatus.CANCELLED);
            Course after = catalogue.course(c, id).orElseThrow();
            audit.record(c, user, new AuditEvent(MODULE_ID, "Course", id, "CANCEL", null), before, after);
            return after;
        });
        post("Course", "CANCELLED", null, id, user);
        return cancelled;
    }

    @Override
    public Course course(CurrentUser user, String id) {
        user.requireAuthenticated();
        return database.inTransaction(c -> catalogue.course(c, id))
                .orElseThrow(() -> new NotFoundException("No course " + id + "."));
    }

    @Override
    public Page<Course> courses(CurrentUser user, OfferStatus status, Integer year, CourseFormat format,
                                PageRequest page) {
        user.requireAuthenticated();
        return database.inTransaction(c -> catalogue.courses(c, status, year, format, page));
    }

    @Override
    public Programme createProgramme(CurrentUser user, ProgrammeRequest r) {
        user.requireLprAdmin();
        Validator v = new Validator();
        v.text("title", r.title(), 200);
        v.required("degree", r.degree());
        v.text("institution", r.institution(), 200);
        v.maxLength("description", r.description(), 4000);
        v.required("partTime", r.partTime());
        v.required("distance", r.distance());
        v.notEmpty("modules", r.modules());
        for (int i = 0; r.modules() != null && i < r.modules().size(); i++) {
            ProgrammeModuleRequest m = r.modules().get(i);
            if (m == null) {
                v.check(false, "modules[" + i + "]", "must not be null");
                continue;
            }
            v.text("modules[" + i + "].title", m.title(), 200);
            v.required("modules[" + i + "].creditHours", m.creditHours());
            v.check(m.creditHours() == null || m.creditHours() >= 0, "modules[" + i + "].creditHours",
                    "must not be negative");
        }
        v.throwIfInvalid();
        Programme created = database.inTransaction(c -> {
            String id = catalogue.insertProgramme(c, r);
            Programme programme = catalogue.programme(c, id).orElseThrow();
            audit.record(c, user, new AuditEvent(MODULE_ID, "Programme", id, "CREATE", null), null, programme);
            return programme;
        });
        post("Programme", "CREATED", null, created.id(), user);
        return created;
    }

    @Override
    public Programme programme(CurrentUser user, String id) {
        user.requireAuthenticated();
        return database.inTransaction(c -> catalogue.programme(c, id))
                .orElseThrow(() -> new NotFoundException("No programme " + id + "."));
    }

    @Override
    public Page<Programme> programmes(CurrentUser user, Degree degree, PageRequest page) {
        user.requireAuthenticated();
        return database.inTransaction(c -> catalogue.programmes(c, degree, page));
    }

    @Override
    public Cohort createCohort(CurrentUser user, String programmeId, CohortRequest r) {
        user.requireLprAdmin();
        Validator v = validateCohort(r);
        v.check(r.version() == null, "version", "must not be given when creating");
        validateSessions(v, r.sessions());
        v.throwIfInvalid();
        Cohort created = database.inTransaction(c -> {
            catalogue.programme(c, programmeId)
                    .orElseThrow(() -> new NotFoundException("No programme " + programmeId + "."));
            String id = catalogue.insertCohort(c, programmeId, r);
            Cohort cohort = catalogue.cohort(c, id).orElseThrow();
            audit.record(c, user, new AuditEvent(MODULE_ID, "Cohort", id, "CREATE", null), null, cohort);
            return cohort;
        });
        post("Cohort", "CREATED", null, created.id(), user);
        return created;
    }

    private static Validator validateCohort(CohortRequest r) {
        Validator v = new Validator();
        v.text("title", r.title(), 200);
        v.required("intakeOn", r.intakeOn());
        v.required("semesters", r.semesters());
        v.check(r.semesters() == null || (r.semesters() >= 1 && r.semesters() <= 20), "semesters",
                "must be between 1 and 20");
        v.required("capacity", r.capacity());
        v.check(r.capacity() == null || (r.capacity() >= 1 && r.capacity() <= 10_000), "capacity",
                "must be between 1 and 10000");
        v.maxLength("place", r.place(), 200);
        v.required("fee", r.fee());
        v.money("fee", r.fee());
        return v;
    }

    @Override
    public Cohort updateCohort(CurrentUser user, String id, CohortRequest r) {
        user.requireLprAdmin();
        Validator v = validateCohort(r);
        v.required("version", r.version());
        v.check(r.sessions() == null, "sessions", "cannot be changed by an update");
        v.throwIfInvalid();
        List<String> movedUp = new ArrayList<>();
        Cohort updated = database.inTransaction(c -> {
            OfferRef ref = OfferRef.cohort(id);
            Seats.Locked locked = Seats.lock(c, ref);
            requireOpen(locked);
            requireCapacity(c, locked, r.capacity());
            Cohort before = catalogue.cohort(c, id).orElseThrow();
            catalogue.updateCohort(c, id, r);
            movedUp.addAll(moveUp(c, user, ref, r.capacity(), catalogue.offerTitle(c, ref)));
            Cohort after = catalogue.cohort(c, id).orElseThrow();
            audit.record(c, user, new AuditEvent(MODULE_ID, "Cohort", id, "UPDATE", null), before, after);
            return after;
        });
        post("Cohort", "UPDATED", null, id, user);
        postMovedUp(movedUp, user);
        return updated;
    }

    @Override
    public Cohort cohort(CurrentUser user, String id) {
        user.requireAuthenticated();
        return database.inTransaction(c -> catalogue.cohort(c, id))
                .orElseThrow(() -> new NotFoundException("No cohort " + id + "."));
    }

    @Override
    public Page<Cohort> cohorts(CurrentUser user, String programmeId, OfferStatus status, Integer year,
                                PageRequest page) {
        user.requireAuthenticated();
        return database.inTransaction(c -> catalogue.cohorts(c, programmeId, status, year, page));
    }

    // ------------------------------------------------------------------ people

    @Override
    public Person createPerson(CurrentUser user, PersonRequest r) {
        Validator v = new Validator();
        v.required("municipality", r.municipality());
        v.check(r.version() == null, "version", "must not be given when creating");
        validatePerson(v, r);
        v.throwIfInvalid();
        municipalities.require("municipality", r.municipality());
        enablement.checkWrite(user, MODULE_ID, r.municipality());
        Person created = database.inTransaction(c -> {
            String id = people.insert(c, r);
            Person person = people.find(c, id).orElseThrow();
            audit.record(c, user, personEvent(person, "CREATE"), null, auditView(person));
            return person;
        });
        post("Person", "CREATED", created.municipality(), created.id(), user);
        return created;
    }

    private static void validatePerson(Validator v, PersonRequest r) {
        v.text("firstName", r.firstName(), 100);
        v.text("lastName", r.lastName(), 100);
        v.maxLength("email", r.email(), 200);
        v.check(r.email() == null || r.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email",
                "must be an e-mail address");
        v.maxLength("organisation", r.organisation(), 200);
        v.required("sector", r.sector());
    }

    @Override
    public Person updatePerson(CurrentUser user, String id, PersonRequest r) {
        Person current = person(user, id);
        Validator v = new Validator();
        v.check(r.municipality() == null || r.municipality().equals(current.municipality()), "municipality",
                "cannot be changed");
        v.required("version", r.version());
        validatePerson(v, r);
        v.throwIfInvalid();
        enablement.checkWrite(user, MODULE_ID, current.municipality());
        if (current.anonymised()) {
            throw new ConflictException("Person " + id + " is anonymised and cannot be changed.");
        }
        Person updated = database.inTransaction(c -> {
            people.update(c, id, r);
            Person after = people.find(c, id).orElseThrow();
            audit.record(c, user, personEvent(after, "UPDATE"), auditView(current), auditView(after));
            return after;
        });
        post("Person", "UPDATED", updated.municipality(), id, user);
        return updated;
    }

    /**
     * Fields of audited states that describe the person: blanked in the audit log by an erasure. Person entries
     * hold none of them (see {@link #auditView}); enrolment entries hold the person's documents and notes.
     */
    private static final Set<String> PERSONAL_AUDIT_FIELDS = Set.of("firstName", "lastName", "email", "organisation",
            "documents", "note");

    /** Personal data is never written to the person's audit entries: only keys and version. */
    private static Map<String, Object> auditView(Person p) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", p.id());
        view.put("municipality", p.municipality());
        view.put("sector", p.sector());
        view.put("anonymised", p.anonymised());
        view.put("version", p.version());
        return view;
    }

    private static AuditEvent personEvent(Person p, String action) {
        return new AuditEvent(MODULE_ID, "Person", p.id(), action, p.municipality());
    }

    @Override
    public Person person(CurrentUser user, String id) {
        user.requireAuthenticated();
        Person person = database.inTransaction(c -> people.find(c, id))
                .orElseThrow(() -> new NotFoundException("No person " + id + "."));
        requirePersonalData(user, person.municipality(), "person " + id);
        return person;
    }

    /** Personal data: the person's own municipality's staff and LPR admins only (not viewers, not police). */
    private static void requirePersonalData(CurrentUser user, String municipality, String what) {
        if (!user.mayActFor(municipality)) {
            throw new NotFoundException("No " + what + ".");
        }
    }

    /** The municipalities whose personal data the user may see; null means all. */
    private static Set<String> personalDataScope(CurrentUser user) {
        user.requireAuthenticated();
        if (user.isLprAdmin()) {
            return null;
        }
        if (user.municipalities().isEmpty()) {
            throw new AccessDeniedException("Personal data of participants is visible to their municipality's staff"
                    + " and LPR admins only.");
        }
        return user.municipalities();
    }

    @Override
    public Page<Person> people(CurrentUser user, String municipality, PageRequest page) {
        Set<String> scope = personalDataScope(user);
        return database.inTransaction(c -> people.list(c, municipality, scope, page));
    }

    @Override
    public PersonExport export(CurrentUser user, String personId) {
        Person person = person(user, personId);
        PersonExport export = database.inTransaction(c -> new PersonExport(person,
                enrolments.ofPerson(c, personId), enrolments.notificationsOfPerson(c, personId)));
        audit.record(user, personEvent(person, "EXPORT"));
        return export;
    }

    @Override
    public Person anonymise(CurrentUser user, String personId) {
        Person current = person(user, personId);
        enablement.checkWrite(user, MODULE_ID, current.municipality());
        return anonymiseChecked(user, personId);
    }

    @Override
    public List<String> anonymiseInactive(CurrentUser user, int years) {
        user.requireLprAdmin();
        new Validator().check(years >= 1 && years <= 100, "years", "must be between 1 and 100").throwIfInvalid();
        Instant cutoff = ZonedDateTime.now(ZoneOffset.UTC).minusYears(years).toInstant();
        List<String> ids = database.inTransaction(c -> people.inactiveSince(c, cutoff));
        for (String id : ids) {
            anonymiseChecked(user, id);
        }
        return ids;
    }

    private Person anonymiseChecked(CurrentUser user, String personId) {
        Person anonymised = database.inTransaction(c -> {
            Person locked = people.find(c, personId).orElseThrow();
            if (locked.anonymised()) {
                throw new ConflictException("Person " + personId + " is already anonymised.");
            }
            people.anonymise(c, personId);
            enrolments.deleteDocumentsOfPerson(c, personId);
            enrolments.eraseNotesOfPerson(c, personId);
            // the audit entries stay (who did what when), their personal fields do not
            audit.anonymise(c, MODULE_ID, "Person", personId, PERSONAL_AUDIT_FIELDS);
            for (Enrolment e : enrolments.ofPerson(c, personId)) {
                audit.anonymise(c, MODULE_ID, "Enrolment", e.id(), PERSONAL_AUDIT_FIELDS);
            }
            Person after = people.find(c, personId).orElseThrow();
            audit.record(c, user, personEvent(after, "ANONYMISE"), auditView(locked), auditView(after));
            return after;
        });
        post("Person", "ANONYMISED", anonymised.municipality(), personId, user);
        return anonymised;
    }

    // ------------------------------------------------------------------ enrolment

    @Override
    public Enrolment apply(CurrentUser user, EnrolmentRequest r) {
        Validator v = new Validator();
        v.notBlank("personId", r.personId());
        v.check((r.courseId() == null) != (r.cohortId() == null), r.courseId() == null ? "courseId" : "cohortId",
                "give exactly one of courseId and cohortId");
        List<Document> documents = r.documents() == null ? List.of() : r.documents();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            if (d == null) {
                v.check(false, "documents[" + i + "]", "must not be null");
                continue;
            }
            v.text("documents[" + i + "].title", d.title(), 200);
            v.text("documents[" + i + "].reference", d.reference(), 500);
        }
        v.throwIfInvalid();
        Person person = database.inTransaction(c -> people.find(c, r.personId()))
                .orElseThrow(() -> new ValidationException("personId", "is not a known person"));
        enablement.checkWrite(user, MODULE_ID, person.municipality());
        if (person.anonymised()) {
            throw new ConflictException("Person " + person.id() + " is anonymised and cannot apply.");
        }
        OfferRef offer = OfferRef.of(r.courseId(), r.cohortId());
        if (offer.kind() == OfferKind.COHORT) {
            checkAdmission(person, r.cohortId());
        }
        Enrolment created = database.inTransaction(c -> {
            Seats.Locked locked = Seats.lock(c, offer);
            if (locked.status() != OfferStatus.OPEN) {
                throw new ConflictException("The " + offer.kind().label() + " '" + locked.title() + "' is "
                        + locked.status() + "; applications are closed.");
            }
            if (locked.startsOn().isBefore(LocalDate.now())) {
                throw new ConflictException("The " + offer.kind().label() + " '" + locked.title() + "' began on "
                        + locked.startsOn() + "; applications are closed.");
            }
            if (enrolments.activeCount(c, person.id(), offer) > 0) {
                throw new ConflictException("Person " + person.id() + " has already applied for this "
                        + offer.kind().label() + ".");
            }
            boolean seatFree = Seats.taken(c, offer) < locked.capacity();
            EnrolmentStatus status = seatFree ? EnrolmentStatus.ADMITTED : EnrolmentStatus.WAITLISTED;
            Integer ticket = seatFree ? null : Seats.nextWaitlistTicket(c, locked);
            String id = enrolments.insert(c, person, offer, status, ticket, documents);
            Enrolment enrolment = enrolments.find(c, id).orElseThrow();
            audit.record(c, user, enrolmentEvent(enrolment, "APPLY"), null, enrolment);
            return enrolment;
        });
        post("Enrolment", created.status().name(), created.municipality(), created.id(), user);
        return created;
    }

    /** A study programme's admission requirements: every missing one is named. */
    private void checkAdmission(Person person, String cohortId) {
        Programme programme = database.inTransaction(c -> {
            Cohort cohort = catalogue.cohort(c, cohortId)
                    .orElseThrow(() -> new NotFoundException("No cohort " + cohortId + "."));
            return catalogue.programme(c, cohort.programmeId()).orElseThrow();
        });
        Set<Qualification> missing = EnumSet.noneOf(Qualification.class);
        missing.addAll(programme.admissionRequirements());
        missing.removeAll(person.qualifications());
        Validator v = new Validator();
        for (Qualification q : missing) {
            v.check(false, "qualifications", "missing admission requirement " + q + " (" + q.label() + ") of '"
                    + programme.title() + "'");
        }
        v.throwIfInvalid();
    }

    private static AuditEvent enrolmentEvent(Enrolment e, String action) {
        return new AuditEvent(MODULE_ID, "Enrolment", e.id(), action, e.municipality());
    }

    @Override
    public Enrolment enrolment(CurrentUser user, String id) {
        user.requireAuthenticated();
        Enrolment enrolment = database.inTransaction(c -> enrolments.find(c, id))
                .orElseThrow(() -> new NotFoundException("No enrolment " + id + "."));
        requirePersonalData(user, enrolment.municipality(), "enrolment " + id);
        return enrolment;
    }

    @Override
    public Page<Enrolment> enrolments(CurrentUser user, String courseId, String cohortId, String personId,
                                      String municipality, EnrolmentStatus status, PageRequest page) {
        Set<String> scope = personalDataScope(user);
        Where where = new Where().eq("e.course_id", courseId).eq("e.cohort_id", cohortId).eq("e.person_id", personId)
                .eq("e.municipality", municipality).eq("e.status", status);
        if (scope != null) {
            where.in("e.municipality", scope);
        }
        return database.inTransaction(c -> enrolments.list(c, where, page));
    }

    @Override
    public Enrolment confirm(CurrentUser user, String id) {
        return transition(user, id, "ENROL", false, Set.of(EnrolmentStatus.ADMITTED), EnrolmentStatus.ENROLLED);
    }

    @Override
    public Enrolment withdraw(CurrentUser user, String id) {
        return transition(user, id, "WITHDRAW", false,
                Set.of(EnrolmentStatus.ADMITTED, EnrolmentStatus.WAITLISTED, EnrolmentStatus.ENROLLED),
                EnrolmentStatus.WITHDRAWN);
    }

    @Override
    public Enrolment reject(CurrentUser user, String id) {
        return transition(user, id, "REJECT", true, Set.of(EnrolmentStatus.ADMITTED, EnrolmentStatus.WAITLISTED),
                EnrolmentStatus.REJECTED);
    }

    /**
     * A status change under the offer's lock; when it frees a seat, the first waitlisted people move up
     * in the same transaction.
     */
    private Enrolment transition(CurrentUser user, String id, String action, boolean administratorsOnly,
                                 Set<EnrolmentStatus> from, EnrolmentStatus to) {
        Enrolment current = enrolment(user, id);
        if (administratorsOnly) {
            user.requireLprAdmin();
        }
        enablement.checkWrite(user, MODULE_ID, current.municipality());
        List<String> movedUp = new ArrayList<>();
        Enrolment changed = database.inTransaction(c -> {
            OfferRef offer = OfferRef.of(current.courseId(), current.cohortId());
            Seats.Locked locked = Seats.lock(c, offer);
            Enrolment before = enrolments.find(c, id).orElseThrow();
            if (!from.contains(before.status())) {
                throw new ConflictException("Enrolment " + id + " is " + before.status() + "; it cannot change to "
                        + to + ".");
            }
            enrolments.setStatus(c, id, to);
            Enrolment after = enrolments.find(c, id).orElseThrow();
            audit.record(c, user, enrolmentEvent(after, action), before, after);
            if (before.status().holdsSeat() && !to.holdsSeat()) {
                movedUp.addAll(moveUp(c, user, offer, locked.capacity(), catalogue.offerTitle(c, offer)));
            }
            return after;
        });
        post("Enrolment", to.name(), changed.municipality(), id, user);
        postMovedUp(movedUp, user);
        return changed;
    }

    /** Fills free seats from the waitlist; each person moved up gets a notification record. */
    private List<String> moveUp(Connection c, CurrentUser user, OfferRef offer, int capacity, String title)
            throws SQLException {
        List<String> ids = Seats.moveUp(c, offer, capacity);
        for (String movedId : ids) {
            Enrolment after = enrolments.find(c, movedId).orElseThrow();
            enrolments.notify(c, movedId, after.municipality(), "MOVED_UP",
                    "A seat became free in '" + title + "': the application " + movedId
                            + " has moved up from the waitlist (ticket " + after.waitlistPosition()
                            + ") and is admitted. Please confirm the enrolment.");
            audit.record(c, user, enrolmentEvent(after, "MOVE_UP"), null, after);
        }
        return ids;
    }

    private void postMovedUp(List<String> ids, CurrentUser user) {
        if (ids.isEmpty()) {
            return;
        }
        Map<String, String> municipalityOf = new TreeMap<>();
        database.inTransaction(c -> {
            for (String id : ids) {
                enrolments.find(c, id).ifPresent(e -> municipalityOf.put(id, e.municipality()));
            }
            return null;
        });
        for (String id : ids) {
            post("Enrolment", "MOVED_UP", municipalityOf.get(id), id, user);
        }
    }

    // ------------------------------------------------------------------ progress

    @Override
    public Enrolment recordAttendance(CurrentUser user, String id, AttendanceRequest r) {
        user.requireLprAdmin();
        new Validator().notBlank("sessionId", r.sessionId()).required("attended", r.attended()).throwIfInvalid();
        Enrolment current = enrolment(user, id);
        Enrolment changed = database.inTransaction(c -> {
            enrolments.lock(c, id);
            Enrolment before = enrolments.find(c, id).orElseThrow();
            requireStatus(before, EnrolmentStatus.ENROLLED, "record attendance");
            OfferRef offer = OfferRef.of(current.courseId(), current.cohortId());
            if (catalogue.sessions(c, offer).stream().noneMatch(s -> s.id().equals(r.sessionId()))) {
                throw new ValidationException("sessionId", "is not a session of this " + offer.kind().label());
            }
            enrolments.recordAttendance(c, id, r.sessionId(), r.attended());
            Enrolment after = enrolments.find(c, id).orElseThrow();
            audit.record(c, user, enrolmentEvent(after, "ATTENDANCE"), before, after);
            return after;
        });
        return changed;
    }

    @Override
    public Enrolment recordModuleResult(CurrentUser user, String id, String moduleId, ModuleResultRequest r) {
        user.requireLprAdmin();
        new Validator().required("result", r.result()).maxLength("note", r.note(), 500).throwIfInvalid();
        Enrolment current = enrolment(user, id);
        if (current.cohortId() == null) {
            throw new ConflictException("Enrolment " + id + " is for a course; module results belong to programmes.");
        }
        return database.inTransaction(c -> {
            enrolments.lock(c, id);
            Enrolment before = enrolments.find(c, id).orElseThrow();
            requireStatus(before, EnrolmentStatus.ENROLLED, "record a module result");
            Cohort cohort = catalogue.cohort(c, current.cohortId()).orElseThrow();
            if (catalogue.modules(c, cohort.programmeId()).stream().noneMatch(m -> m.id().equals(moduleId))) {
                throw new NotFoundException("No module " + moduleId + " in the programme of this cohort.");
            }
            enrolments.recordModuleResult(c, id, moduleId, r.result(), r.note());
            Enrolment after = enrolments.find(c, id).orElseThrow();
            audit.record(c, user, enrolmentEvent(after, "MODULE_RESULT"), before, after);
            return after;
        });
    }

    private static void requireStatus(Enrolment e, EnrolmentStatus required, String what) {
        if (e.status() != required) {
            throw new ConflictException("Enrolment " + e.id() + " is " + e.status() + "; to " + what + " it must be "
                    + required + ".");
        }
    }

    @Override
    public Enrolment complete(CurrentUser user, String id) {
        user.requireLprAdmin();
        Enrolment current = enrolment(user, id);
        Enrolment completed = database.inTransaction(c -> {
            enrolments.lock(c, id);
            Enrolment before = enrolments.find(c, id).orElseThrow();
            if (before.status() != EnrolmentStatus.ENROLLED) {
                throw new ConflictException("Enrolment " + id + " is " + before.status()
                        + "; it cannot change to COMPLETED.");
            }
            int creditHours = current.courseId() != null ? completedCourseHours(c, before) : completedModuleHours(c, before);
            enrolments.complete(c, id, LocalDate.now(), creditHours);
            Enrolment after = enrolments.find(c, id).orElseThrow();
            audit.record(c, user, enrolmentEvent(after, "COMPLETE"), before, after);
            return after;
        });
        post("Enrolment", "COMPLETED", completed.municipality(), id, user);
        return completed;
    }

    /** A course is completed when every session was attended. */
    private int completedCourseHours(Connection c, Enrolment e) throws SQLException {
        Set<String> attended = new java.util.HashSet<>();
        e.attendance().stream().filter(a -> a.attended()).forEach(a -> attended.add(a.sessionId()));
        List<String> missed = new ArrayList<>();
        for (Session s : catalogue.sessions(c, OfferRef.course(e.courseId()))) {
            if (!attended.contains(s.id())) {
                missed.add(s.title() + " (" + s.startsOn() + ")");
            }
        }
        if (!missed.isEmpty()) {
            throw new ConflictException("Participation is incomplete; sessions not attended: " + String.join(", ", missed));
        }
        return catalogue.course(c, e.courseId()).orElseThrow().creditHours();
    }

    /** A programme is completed when every module is passed or recognised as prior learning. */
    private int completedModuleHours(Connection c, Enrolment e) throws SQLException {
        Map<String, ModuleResult> results = new TreeMap<>();
        for (ModuleProgress p : e.modules()) {
            results.put(p.moduleId(), p.result());
        }
        Cohort cohort = catalogue.cohort(c, e.cohortId()).orElseThrow();
        List<String> open = new ArrayList<>();
        int hours = 0;
        for (ProgrammeModule m : catalogue.modules(c, cohort.programmeId())) {
            ModuleResult r = results.get(m.id());
            if (r == ModuleResult.PASSED || r == ModuleResult.RECOGNISED) {
                hours += m.creditHours();
            } else {
                open.add(m.title());
            }
        }
        if (!open.isEmpty()) {
            throw new ConflictException("Participation is incomplete; modules not passed or recognised: "
                    + String.join(", ", open));
        }
        return hours;
    }

    // ------------------------------------------------------------------ certificates

    @Override
    public Certificate issueCertificate(CurrentUser user, String enrolmentId) {
        user.requireLprAdmin();
        enrolment(user, enrolmentId);
        boolean[] issued = {false};
        Certificate certificate = database.inTransaction(c -> {
            enrolments.lock(c, enrolmentId);
            Enrolment e = enrolments.find(c, enrolmentId).orElseThrow();
            if (e.status() != EnrolmentStatus.COMPLETED) {
                throw new ConflictException("Enrolment " + enrolmentId + " is " + e.status()
                        + "; a certificate needs a COMPLETED participation.");
            }
            var existing = enrolments.certificateOf(c, enrolmentId);
            if (existing.isPresent()) {
                return existing.get();
            }
            Certificate created = new Certificate(CertificateCodes.next(), enrolmentId, LocalDate.now());
            enrolments.insertCertificate(c, created.code(), enrolmentId, created.issuedOn());
            audit.record(c, user, new AuditEvent(MODULE_ID, "Certificate", created.code(), "ISSUE",
                    e.municipality()), null, created);
            issued[0] = true;
            return created;
        });
        if (issued[0]) {
            post("Certificate", "ISSUED", null, certificate.code(), user);
        }
        return certificate;
    }

    @Override
    public String certificateHtml(CurrentUser user, String enrolmentId) {
        return renderCertificate(user, enrolmentId, CertificateHtml::render);
    }

    @Override
    public byte[] certificatePdf(CurrentUser user, String enrolmentId) {
        return renderCertificate(user, enrolmentId, CertificatePdf::render);
    }

    /** Loads what a certificate shows (the caller must be allowed to read the enrolment) and renders it. */
    private <T> T renderCertificate(CurrentUser user, String enrolmentId, CertificateRenderer<T> renderer) {
        Enrolment e = enrolment(user, enrolmentId);
        return database.inTransaction(c -> {
            Certificate certificate = enrolments.certificateOf(c, enrolmentId)
                    .orElseThrow(() -> new NotFoundException("No certificate for enrolment " + enrolmentId + "."));
            Person person = people.find(c, e.personId()).orElseThrow();
            String title = catalogue.offerTitle(c, OfferRef.of(e.courseId(), e.cohortId()));
            return renderer.render(certificate, e, person, title, VERIFY_PATH + certificate.code());
        });
    }

    @FunctionalInterface
    private interface CertificateRenderer<T> {
        T render(Certificate certificate, Enrolment enrolment, Person person, String offerTitle, String verifyPath);
    }

    @Override
    public CertificateVerification verify(String code) {
        String normalised = CertificateCodes.normalise(code);
        return database.inTransaction(c -> {
            Certificate certificate = enrolments.certificate(c, normalised)
                    .orElseThrow(() -> new NotFoundException("No certificate with code " + normalised + "."));
            Enrolment e = enrolments.find(c, certificate.enrolmentId()).orElseThrow();
            Person person = people.find(c, e.personId()).orElseThrow();
            String initials = person.anonymised() ? null : initial(person.firstName()) + " " + initial(person.lastName());
            return new CertificateVerification(certificate.code(), true, initials,
                    catalogue.offerTitle(c, OfferRef.of(e.courseId(), e.cohortId())), e.completedOn());
        });
    }

    private static String initial(String name) {
        return name.isBlank() ? "" : name.substring(0, name.offsetByCodePoints(0, 1)) + ".";
    }

    @Override
    public Page<Notification> notifications(CurrentUser user, String municipality, PageRequest page) {
        Set<String> scope = personalDataScope(user);
        return database.inTransaction(c -> enrolments.notifications(c, municipality, scope, page));
    }

    // ------------------------------------------------------------------ statistics

    @Override
    public List<Count> participants(ParticipantsBy by, Integer year) {
        return database.inTransaction(c -> switch (by) {
            case COURSE -> statistics.participants(c, "course_id", year);
            case COHORT -> statistics.participants(c, "cohort_id", year);
            case SECTOR -> statistics.participants(c, "sector", year);
            case MUNICIPALITY -> statistics.participants(c, "municipality", year).stream()
                    .map(n -> new Count(n.key(), municipalities.find(n.key()).map(Municipality::name).orElse(n.key()),
                            n.count())).toList();
            case DISTRICT -> byDistrict(statistics.participants(c, "municipality", year));
        });
    }

    private List<Count> byDistrict(List<Count> perMunicipality) {
        Map<String, Long> sums = new TreeMap<>();
        for (Count n : perMunicipality) {
            String district = municipalities.find(n.key()).map(Municipality::district).orElse("unknown");
            sums.merge(district, n.count(), Long::sum);
        }
        return sums.entrySet().stream().map(e -> new Count(e.getKey(), e.getKey(), e.getValue()))
                .sorted((a, b) -> Long.compare(b.count(), a.count())).toList();
    }

    @Override
    public List<GraduateCount> graduates(Integer year) {
        return database.inTransaction(c -> statistics.graduates(c, year));
    }

    private void post(String entity, String action, String municipality, String id, CurrentUser user) {
        events.postEvent(Topics.event(MODULE_ID, entity, action, municipality, id, user));
    }
}
