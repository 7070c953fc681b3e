package org.asskomm.training.internal;

import static org.asskomm.training.internal.TrainingEntities.ENROLMENT;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.platform.api.write.EventProperties;
import org.asskomm.platform.api.write.Writes;
import org.asskomm.training.api.Cohort;
import org.asskomm.training.api.Document;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.EnrolmentRequest;
import org.asskomm.training.api.EnrolmentService;
import org.asskomm.training.api.EnrolmentStatus;
import org.asskomm.training.api.Notification;
import org.asskomm.training.api.OfferStatus;
import org.asskomm.training.api.Person;
import org.asskomm.training.api.Programme;
import org.asskomm.training.api.Qualification;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Applications and their seats. Every seat change runs under the offer's row lock (the pipeline loads enrolments
 * under it, see {@link TrainingEntities#ENROLMENT}); a change that gives a seat back refills it from the waitlist
 * in the same transaction.
 */
@Component(service = EnrolmentService.class)
public class EnrolmentRegistry implements EnrolmentService {

    private final Database database;
    private final Writes writes;
    private final Waitlist waitlist;
    private final CatalogueStore catalogue = new CatalogueStore();
    private final PersonStore people = new PersonStore();
    private final EnrolmentStore enrolments = new EnrolmentStore();

    @Activate
    public EnrolmentRegistry(@Reference Database database,
                             @Reference(target = "(asskomm.module=training)") ModuleSchema schema,
                             @Reference Writes writes) {
        this.database = database;
        this.writes = writes;
        this.waitlist = new Waitlist(writes);
    }

    @Override
    public Enrolment apply(CurrentUser user, EnrolmentRequest r) {
        Validator v = new Validator();
        v.notBlank("personId", r.personId());
        v.rule((r.courseId() == null) != (r.cohortId() == null), r.courseId() == null ? "courseId" : "cohortId",
                "training.enrolment.oneOffer");
        List<Document> documents = r.documents() == null ? List.of() : r.documents();
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            if (d == null) {
                v.rule(false, "documents[" + i + "]", "validation.required");
                continue;
            }
            v.text("documents[" + i + "].title", d.title(), 200);
            v.text("documents[" + i + "].reference", d.reference(), 500);
        }
        v.throwIfInvalid();
        Person person = database.read(c -> people.find(c, r.personId()))
                .orElseThrow(() -> ValidationException.of("personId", "training.person.unknown"));
        OfferRef offer = OfferRef.of(r.courseId(), r.cohortId());
        // the rules below run after the pipeline's right check (403 first) and under the offer's lock
        return writes.create(user, ENROLMENT, person.municipality(), "APPLY")
                .event("ADMITTED", reached(EnrolmentStatus.ADMITTED))
                .event("WAITLISTED", reached(EnrolmentStatus.WAITLISTED))
                .apply((c, id) -> {
                    if (person.anonymised()) {
                        throw ConflictException.of("training.person.anonymisedApply", person.id());
                    }
                    if (offer.kind() == OfferKind.COHORT) {
                        checkAdmission(c, person, r.cohortId());
                    }
                    Seats.Locked locked = Seats.lock(c, offer);
                    if (locked.status() != OfferStatus.OPEN) {
                        throw ConflictException.of("training.offer.closed", offer.kind().entity(), locked.title(),
                                locked.status());
                    }
                    if (locked.startsOn().isBefore(LocalDate.now())) {
                        throw ConflictException.of("training.offer.began", offer.kind().entity(), locked.title(),
                                locked.startsOn());
                    }
                    if (enrolments.activeCount(c, person.id(), offer) > 0) {
                        throw ConflictException.of("training.enrolment.twice", person.firstName() + " "
                                + person.lastName(), offer.kind().entity(), locked.title());
                    }
                    boolean seatFree = Seats.taken(c, offer) < locked.capacity();
                    EnrolmentStatus status = seatFree ? EnrolmentStatus.ADMITTED : EnrolmentStatus.WAITLISTED;
                    Integer ticket = seatFree ? null : Seats.nextWaitlistTicket(c, locked);
                    enrolments.insert(c, id.toString(), person, offer, status, ticket, documents);
                });
    }

    /** The event named after the status an application reached; none for the other status. */
    private static EventProperties<Enrolment> reached(EnrolmentStatus status) {
        return (before, after) -> after.status() == status ? TrainingPayloads.enrolment(status.name(), null, after) : null;
    }

    /** A study programme's admission requirements: every missing one is named. */
    private void checkAdmission(Connection c, Person person, String cohortId) throws SQLException {
        Cohort cohort = catalogue.cohort(c, cohortId)
                .orElseThrow(() -> NotFoundException.of("problem.notFound", ConflictException.entity("Cohort"), cohortId));
        Programme programme = catalogue.programme(c, cohort.programmeId()).orElseThrow();
        Set<Qualification> missing = EnumSet.noneOf(Qualification.class);
        missing.addAll(programme.admissionRequirements());
        missing.removeAll(person.qualifications());
        Validator v = new Validator();
        for (Qualification q : missing) {
            v.rule(false, "qualifications", "training.admission.missing", q,
                    Message.of("training.qualification." + q.name()), programme.title());
        }
        v.throwIfInvalid();
    }

    @Override
    public Enrolment enrolment(CurrentUser user, String id) {
        user.requireAuthenticated();
        Enrolment enrolment = database.read(c -> enrolments.find(c, id))
                .orElseThrow(() -> NotFoundException.of("problem.notFound", ConflictException.entity("Enrolment"), id));
        PersonalData.require(user, enrolment.municipality(), "Enrolment", id);
        return enrolment;
    }

    @Override
    public Page<Enrolment> enrolments(CurrentUser user, String courseId, String cohortId, String personId,
                                      String municipality, EnrolmentStatus status, PageRequest page) {
        Set<String> scope = PersonalData.scope(user);
        Where where = new Where().eq("e.course_id", courseId).eq("e.cohort_id", cohortId).eq("e.person_id", personId)
                .eq("e.municipality", municipality).eq("e.status", status);
        if (scope != null) {
            where.in("e.municipality", scope);
        }
        return database.read(c -> enrolments.list(c, where, page));
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
     * A status change (audit {@code action}, event named after the status reached). One that leaves no seat held
     * refills the free seats from the waitlist afterwards, in the same transaction and under the offer's lock the
     * pipeline took; where no seat was freed there is none to fill (nobody waits while seats are free).
     */
    private Enrolment transition(CurrentUser user, String id, String action, boolean administratorsOnly,
                                 Set<EnrolmentStatus> from, EnrolmentStatus to) {
        user.requireAuthenticated();
        return database.inTransaction(c -> {
            Enrolment after = writes.update(user, ENROLMENT, TrainingEntities.id(id, "enrolment"), action)
                    .check(before -> {
                        if (administratorsOnly) {
                            user.requireLprAdmin();
                        }
                        if (!from.contains(before.status())) {
                            throw ConflictException.of("training.enrolment.transition", id, before.status(), to);
                        }
                    })
                    .event(to.name(), TrainingPayloads.enrolment(to.name()))
                    .apply((tx, before) -> enrolments.setStatus(tx, id, to));
            if (!to.holdsSeat()) {
                OfferRef offer = TrainingEntities.offerOf(after);
                waitlist.moveUp(c, user, offer, Seats.lock(c, offer).capacity());
            }
            return after;
        });
    }

    @Override
    public Page<Notification> notifications(CurrentUser user, String municipality, PageRequest page) {
        Set<String> scope = PersonalData.scope(user);
        return database.read(c -> enrolments.notifications(c, municipality, scope, page));
    }
}
