package org.asskomm.training.api;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The state-wide catalogue, kept by LPR admins and read by every user: courses, study programmes and their
 * cohorts. Events {@code org/asskomm/training/Course/CREATED|UPDATED|CANCELLED},
 * {@code .../Programme/CREATED}, {@code .../Cohort/CREATED|UPDATED} (no municipality); raising a capacity
 * admits the next on the waitlist ({@code .../Enrolment/MOVED_UP}).
 */
@ProviderType
public interface CatalogueService {

    Course createCourse(CurrentUser user, CourseRequest request);

    Course updateCourse(CurrentUser user, String id, CourseRequest request);

    Course cancelCourse(CurrentUser user, String id);

    Course course(CurrentUser user, String id);

    Page<Course> courses(CurrentUser user, OfferStatus status, Integer year, CourseFormat format, PageRequest page);

    Programme createProgramme(CurrentUser user, ProgrammeRequest request);

    Programme programme(CurrentUser user, String id);

    Page<Programme> programmes(CurrentUser user, Degree degree, PageRequest page);

    Cohort createCohort(CurrentUser user, String programmeId, CohortRequest request);

    Cohort updateCohort(CurrentUser user, String id, CohortRequest request);

    Cohort cohort(CurrentUser user, String id);

    Page<Cohort> cohorts(CurrentUser user, String programmeId, OfferStatus status, Integer year, PageRequest page);
}
