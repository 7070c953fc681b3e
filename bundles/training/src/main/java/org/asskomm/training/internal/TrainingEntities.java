package org.asskomm.training.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.training.api.Cohort;
import org.asskomm.training.api.Course;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.Programme;

/**
 * What the training module writes through the pipeline, declared once. Offers (courses, cohorts) and enrolments are
 * loaded under the offer's row lock, so that seat rules judge the state they change (see {@link Seats}).
 */
final class TrainingEntities {

    private static final CatalogueStore CATALOGUE = new CatalogueStore();
    private static final PersonStore PEOPLE = new PersonStore();
    private static final EnrolmentStore ENROLMENTS = new EnrolmentStore();

    /** The catalogue is state-wide: every user reads it. */
    private static final BiPredicate<CurrentUser, Object> EVERYONE = (user, record) -> true;

    /** The right for records of no municipality (the catalogue) and for LPR-only steps on enrolments. */
    static final BiConsumer<CurrentUser, Object> LPR_ADMIN = (user, record) -> user.requireLprAdmin();

    static final Entity<Course> COURSE = Entity.<Course>of(TrainingModule.ID, "Course",
                    (c, id) -> Seats.lockIfPresent(c, OfferRef.course(id.toString())).isPresent()
                            ? CATALOGUE.course(c, id.toString()) : Optional.empty(), course -> null)
            .versioned(Course::version).readableWhen(EVERYONE);

    static final Entity<Programme> PROGRAMME = Entity.<Programme>of(TrainingModule.ID, "Programme",
                    (c, id) -> CATALOGUE.programme(c, id.toString()), programme -> null)
            .versioned(Programme::version).readableWhen(EVERYONE);

    static final Entity<Cohort> COHORT = Entity.<Cohort>of(TrainingModule.ID, "Cohort",
                    (c, id) -> Seats.lockIfPresent(c, OfferRef.cohort(id.toString())).isPresent()
                            ? CATALOGUE.cohort(c, id.toString()) : Optional.empty(), cohort -> null)
            .versioned(Cohort::version).readableWhen(EVERYONE);

    static final Entity<PersonKeys> PERSON = Entity.<PersonKeys>of(TrainingModule.ID, "Person",
                    (c, id) -> PEOPLE.lockKeys(c, id.toString()), PersonKeys::municipality)
            .versioned(PersonKeys::version)
            .readableWhen((user, person) -> PersonalData.visible(user, person.municipality()));

    static final Entity<Enrolment> ENROLMENT = Entity.<Enrolment>of(TrainingModule.ID, "Enrolment",
                    TrainingEntities::lockEnrolment, Enrolment::municipality)
            .versioned(Enrolment::version)
            .readableWhen((user, enrolment) -> PersonalData.visible(user, enrolment.municipality()));

    /**
     * An enrolment moving up from the waitlist: a consequence of the change that freed the seat, whoever made it
     * (a withdrawal in Flöha may admit someone from Frankenberg), so it is found for every caller.
     */
    static final Entity<Enrolment> MOVING_UP = ENROLMENT.readableWhen((user, enrolment) -> true);

    static final Entity<CertificateState> CERTIFICATE = Entity.<CertificateState>of(TrainingModule.ID, "Certificate",
                    (c, id) -> ENROLMENTS.lockCertificateState(c, id.toString()), CertificateState::municipality)
            .readableWhen((user, certificate) -> PersonalData.visible(user, certificate.municipality()));

    private TrainingEntities() {
    }

    /** The offer first, then the enrolment: the lock order of every seat change, so no two writers deadlock. */
    private static Optional<Enrolment> lockEnrolment(Connection c, UUID uuid) throws SQLException {
        String id = uuid.toString();
        Optional<OfferRef> offer = ENROLMENTS.offerOf(c, id);
        if (offer.isEmpty()) {
            return Optional.empty();
        }
        Seats.lock(c, offer.get());
        ENROLMENTS.lock(c, id);
        return ENROLMENTS.find(c, id);
    }

    /**
     * A path id as the pipeline's key. Ids are stored in UUID's canonical form, so anything else is no record of
     * ours: "not found", as before the pipeline.
     */
    static UUID id(String id, String words) {
        try {
            UUID uuid = UUID.fromString(id);
            if (uuid.toString().equals(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // falls through to not found
        }
        throw NotFoundException.of("problem.notFound",
                ConflictException.entity(Character.toUpperCase(words.charAt(0)) + words.substring(1)), id);
    }

    static OfferRef offerOf(Enrolment e) {
        return OfferRef.of(e.courseId(), e.cohortId());
    }
}
