package org.asskomm.training.internal;

import static org.asskomm.training.internal.TrainingEntities.COHORT;
import static org.asskomm.training.internal.TrainingEntities.COURSE;
import static org.asskomm.training.internal.TrainingEntities.LPR_ADMIN;
import static org.asskomm.training.internal.TrainingEntities.PROGRAMME;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.write.Writes;
import org.asskomm.training.api.CatalogueService;
import org.asskomm.training.api.Cohort;
import org.asskomm.training.api.CohortRequest;
import org.asskomm.training.api.Course;
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
        return writes.create(user, COURSE, null, "CREATE").authorize(CurrentUser::requireLprAdmin)
                .event("CREATED")
                .apply((c, id) -> catalogue.insertCourse(c, id.toString(), r));
    }

    /** A larger capacity admits the next on the waitlist in the same transaction. */
    @Override
    public Course updateCourse(CurrentUser user, String id, CourseRequest r) {
        user.requireLprAdmin();
        CatalogueRules.validateCourseUpdate(r);
        return writes.update(user, COURSE, TrainingEntities.id(id, "course"), "UPDATE").authorize(LPR_ADMIN)
                .check(before -> CatalogueRules.checkUpdate(OfferKind.COURSE, before.title(), before.status(),
                        before.admitted(), r.capacity()))
                .expectVersion(r.version())
                .event("UPDATED")
                .apply((c, before) -> {
                    catalogue.updateCourse(c, id, r);
                    waitlist.moveUp(c, user, OfferRef.course(id), r.capacity());
                });
    }

    @Override
    public Course cancelCourse(CurrentUser user, String id) {
        user.requireLprAdmin();
        return writes.update(user, COURSE, TrainingEntities.id(id, "course"), "CANCEL").authorize(LPR_ADMIN)
                .check(before -> {
                    if (before.status() != OfferStatus.OPEN) {
                        throw new ConflictException("Course '" + before.title() + "' is " + before.status()
                                + "; it cannot change to CANCELLED.");
                    }
                })
                .event("CANCELLED")
                .apply((c, before) -> catalogue.setStatus(c, OfferRef.course(id), OfferStatus.CANCELLED));
    }

    @Override
    public Course course(CurrentUser user, String id) {
        user.requireAuthenticated();
        return database.read(c -> catalogue.course(c, id))
                .orElseThrow(() -> new NotFoundException("No course " + id + "."));
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
        return writes.create(user, PROGRAMME, null, "CREATE").authorize(CurrentUser::requireLprAdmin)
                .event("CREATED")
                .apply((c, id) -> catalogue.insertProgramme(c, id.toString(), r));
    }

    @Override
    public Programme programme(CurrentUser user, String id) {
        user.requireAuthenticated();
        return database.read(c -> catalogue.programme(c, id))
                .orElseThrow(() -> new NotFoundException("No programme " + id + "."));
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
        return writes.create(user, COHORT, null, "CREATE").authorize(CurrentUser::requireLprAdmin)
                .event("CREATED")
                .apply((c, id) -> {
                    catalogue.programme(c, programmeId)
                            .orElseThrow(() -> new NotFoundException("No programme " + programmeId + "."));
                    catalogue.insertCohort(c, id.toString(), programmeId, r);
                });
    }

    /** As {@link #updateCourse}: a larger capacity admits the next on the waitlist. */
    @Override
    public Cohort updateCohort(CurrentUser user, String id, CohortRequest r) {
        user.requireLprAdmin();
        CatalogueRules.validateCohortUpdate(r);
        return writes.update(user, COHORT, TrainingEntities.id(id, "cohort"), "UPDATE").authorize(LPR_ADMIN)
                .check(before -> CatalogueRules.checkUpdate(OfferKind.COHORT, before.title(), before.status(),
                        before.admitted(), r.capacity()))
                .expectVersion(r.version())
                .event("UPDATED")
                .apply((c, before) -> {
                    catalogue.updateCohort(c, id, r);
                    waitlist.moveUp(c, user, OfferRef.cohort(id), r.capacity());
                });
    }

    @Override
    public Cohort cohort(CurrentUser user, String id) {
        user.requireAuthenticated();
        return database.read(c -> catalogue.cohort(c, id))
                .orElseThrow(() -> new NotFoundException("No cohort " + id + "."));
    }

    @Override
    public Page<Cohort> cohorts(CurrentUser user, String programmeId, OfferStatus status, Integer year,
                                PageRequest page) {
        user.requireAuthenticated();
        return database.read(c -> catalogue.cohorts(c, programmeId, status, year, page));
    }
}
