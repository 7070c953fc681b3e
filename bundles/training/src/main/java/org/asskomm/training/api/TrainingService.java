package org.asskomm.training.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The training module. The catalogue is state-wide and kept by LPR admins; people and their enrolments
 * belong to a municipality, whose staff (and LPR admins) act for them.
 */
@ProviderType
public interface TrainingService {

    String MODULE_ID = "training";

    // catalogue
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

    // people
    Person createPerson(CurrentUser user, PersonRequest request);

    Person updatePerson(CurrentUser user, String id, PersonRequest request);

    Person person(CurrentUser user, String id);

    Page<Person> people(CurrentUser user, String municipality, PageRequest page);

    PersonExport export(CurrentUser user, String personId);

    Person anonymise(CurrentUser user, String personId);

    /**
     * Anonymises everyone with no open enrolment and no activity in the last {@code years} years
     * (the retention period). LPR admins only.
     *
     * @return the ids of the people anonymised
     */
    List<String> anonymiseInactive(CurrentUser user, int years);

    // enrolment and progress
    Enrolment apply(CurrentUser user, EnrolmentRequest request);

    Enrolment enrolment(CurrentUser user, String id);

    Page<Enrolment> enrolments(CurrentUser user, String courseId, String cohortId, String personId,
                               String municipality, EnrolmentStatus status, PageRequest page);

    Enrolment confirm(CurrentUser user, String id);

    Enrolment withdraw(CurrentUser user, String id);

    Enrolment reject(CurrentUser user, String id);

    Enrolment recordAttendance(CurrentUser user, String id, AttendanceRequest request);

    Enrolment recordModuleResult(CurrentUser user, String id, String moduleId, ModuleResultRequest request);

    Enrolment complete(CurrentUser user, String id);

    Certificate issueCertificate(CurrentUser user, String enrolmentId);

    /** The certificate as printable HTML. */
    String certificateHtml(CurrentUser user, String enrolmentId);

    /** The same certificate as a PDF document. */
    byte[] certificatePdf(CurrentUser user, String enrolmentId);

    /** Public: confirms a code with the holder's initials, the offer and the date only. */
    CertificateVerification verify(String code);

    Page<Notification> notifications(CurrentUser user, String municipality, PageRequest page);

    // anonymous aggregates
    List<Count> participants(ParticipantsBy by, Integer year);

    List<GraduateCount> graduates(Integer year);
}
