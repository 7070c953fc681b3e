package org.asskomm.training.internal;

import static org.asskomm.training.internal.TrainingEntities.COHORT;
import static org.asskomm.training.internal.TrainingEntities.COURSE;
import static org.asskomm.training.internal.TrainingEntities.LPR_ADMIN;
import static org.asskomm.training.internal.TrainingEntities.PROGRAMME;

import java.util.Optional;
import java.util.function.Consumer;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.SqlWork;
import org.asskomm.platform.api.write.Change;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Insert;
import org.asskomm.platform.api.write.Writes;
import org.asskomm.training.api.CatalogueService;
import org.asskomm.training.api.Cohort;
import org.asskomm.training.api.CohortRequest;
import org.asskomm.training.api.Course;
import org.asskomm.training.api.TrainingEvents;
import org.asskomm.training.api.CourseFormat;
import org.asskomm.training.api.CourseRequest;
import org.asskomm.training.api.Degree;
import org.asskomm.training.api.OfferStatus;
import org.asskomm.training.api.Programme;
import org.asskomm.training.api.ProgrammeRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The catalogue: records of no municipality, so the pipeline's right is "LPR admin" ({@link TrainingEntities#LPR_ADMIN});
 * it is also checked first, before the input, so that others learn nothing from validation errors.
 */
@Component(service = CatalogueService.class)
public class CatalogueRegistry implements CatalogueService {

    private final Database database;
    private final Writes writes;
    private final Waitlist waitlist;
    private final CatalogueStore catalogue = new CatalogueStore();

    @Activate
    public CatalogueRegistry(@Reference Database database,
                             @Reference(target = "(asskomm.module=training)") ModuleSchema schema,
                             @Reference Writes writes) {
        this.database = database;
        this.writes = writes;
        this.waitlist = new Waitlist(writes);
    }

    // ---- courses

    @Override
    public Course createCourse(CurrentUser user, CourseRequest r) {
        user.requireLprAdmin();
        CatalogueRules.validateNewCourse(r);
        return create(user, COURSE, (c, id) -> catalogue.insertCourse(c, id.toString(), r));
    }

    /** A new catalogue record (audit {@code CREATE}, event {@code CREATED}). */
    private <T> T create(CurrentUser user, Entity<T> entity, Insert insert) {
        return writes.create(user, entity, null, "CREATE").authorize(CurrentUser::requireLprAdmin)
                .event(TrainingEvents.CATALOGUE.require(entity.name(), "CREATED"))
                .apply(insert);
    }

    @Override
    public Course updateCourse(CurrentUser user, String id, CourseRequest r) {
        user.requireLprAdmin();
        CatalogueRules.validateCourseUpdate(r);
        return updateOffer(user, COURSE, OfferRef.course(id), r.version(), r.capacity(),
                before -> CatalogueRules.checkUpdate(OfferKind.COURSE, before.title(), before.status(),
                        before.admitted(), r.capacity()),
                (c, before) -> catalogue.updateCourse(c, id, r));
    }

    /**
     * An update of an open course or cohort (event {@code UPDATED}); a larger capacity admits the next on the
     * waitlist in the same transaction, under the offer's lock the pipeline took.
     */
    private <T> T updateOffer(CurrentUser user, Entity<T> entity, OfferRef offer, Integer version, int capacity,
                              Consumer<T> rules, Change<T> update) {
        return writes.update(user, entity, TrainingEntities.id(offer.id(), offer.kind().label()), "UPDATE")
                .authorize(LPR_ADMIN)
                .check(rules)
                .expectVersion(version)
                .event(TrainingEvents.CATALOGUE.require(entity.name(), "UPDATED"))
                .apply((c, before) -> {
                    update.apply(c, before);
                    waitlist.moveUp(c, user, offer, capacity);
                });
    }

    @Override
    public Course cancelCourse(CurrentUser user, String id) {
        user.requireLprAdmin();
        return writes.update(user, COURSE, TrainingEntities.id(id, "course"), "CANCEL").authorize(LPR_ADMIN)
                .check(before -> {
                    if (before.status() != OfferStatus.OPEN) {
                        throw ConflictException.of("training.course.notCancellable", before.title(), before.status());
                    }
                })
                .event(TrainingEvents.COURSE_CANCELLED)
                .apply((c, before) -> catalogue.setStatus(c, OfferRef.course(id), OfferStatus.CANCELLED));
    }

    @Override
    public Course course(CurrentUser user, String id) {
        return find(user, "Course", id, c -> catalogue.course(c, id));
    }

    /** Every user reads the catalogue. */
    private <T> T find(CurrentUser user, String words, String id, SqlWork<Optional<T>> load) {
        user.requireAuthenticated();
        return database.read(load).orElseThrow(() -> NotFoundException.of("problem.notFound",
                ConflictException.entity(words), id));
    }

    @Override
    public Page<Course> courses(CurrentUser user, OfferStatus status, Integer year, CourseFormat format,
                                PageRequest page) {
        user.requireAuthenticated();
        return database.read(c -> catalogue.courses(c, status, year, format, page));
    }

    // ---- programmes

    @Override
    public Programme createProgramme(CurrentUser user, ProgrammeRequest r) {
        user.requireLprAdmin();
        CatalogueRules.validateProgramme(r);
        return create(user, PROGRAMME, (c, id) -> catalogue.insertProgramme(c, id.toString(), r));
    }

    @Override
    public Programme programme(CurrentUser user, String id) {
        return find(user, "Programme", id, c -> catalogue.programme(c, id));
    }

    @Override
    public Page<Programme> programmes(CurrentUser user, Degree degree, PageRequest page) {
        user.requireAuthenticated();
        return database.read(c -> catalogue.programmes(c, degree, page));
    }

    // ---- cohorts

    @Override
    public Cohort createCohort(CurrentUser user, String programmeId, CohortRequest r) {
        user.requireLprAdmin();
        CatalogueRules.validateNewCohort(r);
        return create(user, COHORT, (c, id) -> {
            catalogue.programme(c, programmeId)
                    .orElseThrow(() -> NotFoundException.of("problem.notFound", ConflictException.entity("Programme"),
                            programmeId));
            catalogue.insertCohort(c, id.toString(), programmeId, r);
        });
    }

    @Override
    public Cohort updateCohort(CurrentUser user, String id, CohortRequest r) {
        user.requireLprAdmin();
        CatalogueRules.validateCohortUpdate(r);
        return updateOffer(user, COHORT, OfferRef.cohort(id), r.version(), r.capacity(),
                before -> CatalogueRules.checkUpdate(OfferKind.COHORT, before.title(), before.status(),
                        before.admitted(), r.capacity()),
                (c, before) -> catalogue.updateCohort(c, id, r));
    }

    @Override
    public Cohort cohort(CurrentUser user, String id) {
        return find(user, "Cohort", id, c -> catalogue.cohort(c, id));
    }

    @Override
    public Page<Cohort> cohorts(CurrentUser user, String programmeId, OfferStatus status, Integer year,
                                PageRequest page) {
        user.requireAuthenticated();
        return database.read(c -> catalogue.cohorts(c, programmeId, status, year, page));
    }
}
