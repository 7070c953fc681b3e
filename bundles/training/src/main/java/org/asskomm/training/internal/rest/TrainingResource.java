package org.asskomm.training.internal.rest;

import static org.asskomm.platform.api.rest.Responses.created;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.rest.Anonymous;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.api.rest.Returns;
import org.asskomm.training.api.AttendanceRequest;
import org.asskomm.training.api.CatalogueService;
import org.asskomm.training.api.Certificate;
import org.asskomm.training.api.CertificateService;
import org.asskomm.training.api.CertificateVerification;
import org.asskomm.training.api.Cohort;
import org.asskomm.training.api.CohortRequest;
import org.asskomm.training.api.Count;
import org.asskomm.training.api.Course;
import org.asskomm.training.api.CourseFormat;
import org.asskomm.training.api.CourseRequest;
import org.asskomm.training.api.Degree;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.EnrolmentRequest;
import org.asskomm.training.api.EnrolmentService;
import org.asskomm.training.api.EnrolmentStatus;
import org.asskomm.training.api.GraduateCount;
import org.asskomm.training.api.ModuleResultRequest;
import org.asskomm.training.api.Notification;
import org.asskomm.training.api.OfferStatus;
import org.asskomm.training.api.ParticipantsBy;
import org.asskomm.training.api.Person;
import org.asskomm.training.api.PersonExport;
import org.asskomm.training.api.PersonRequest;
import org.asskomm.training.api.PersonService;
import org.asskomm.training.api.Programme;
import org.asskomm.training.api.ProgrammeRequest;
import org.asskomm.training.api.ProgressService;
import org.asskomm.training.api.StatisticsService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/training}: catalogue, people, enrolments, progress, certificates, statistics. */
@Component(service = TrainingResource.class)
@ApiResource
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

    private final CatalogueService catalogue;
    private final PersonService people;
    private final EnrolmentService enrolments;
    private final ProgressService progress;
    private final CertificateService certificates;
    private final StatisticsService statistics;

    @Activate
    public TrainingResource(@Reference CatalogueService catalogue, @Reference PersonService people,
                            @Reference EnrolmentService enrolments, @Reference ProgressService progress,
                            @Reference CertificateService certificates, @Reference StatisticsService statistics) {
        this.catalogue = catalogue;
        this.people = people;
        this.enrolments = enrolments;
        this.progress = progress;
        this.certificates = certificates;
        this.statistics = statistics;
    }

    // ---- courses

    @GET
    @Path("/courses")
    @Doc(value = "List courses", id = "listCourses")
    public Page<Course> courses(@QueryParam("status") @ParamType(OfferStatus.class) String status,
                                @QueryParam("year") @ParamType(Integer.class) String year,
                                @QueryParam("format") @ParamType(CourseFormat.class) String format,
                                @QueryParam("offset") String offset,
                                @QueryParam("limit") String limit, @Context CurrentUser user) {
        return catalogue.courses(user, QueryParams.enumValue("status", status, OfferStatus.class),
                QueryParams.integer("year", year), QueryParams.enumValue("format", format, CourseFormat.class),
                QueryParams.page(offset, limit));
    }

    @POST
    @Path("/courses")
    @Doc(value = "Create a course", id = "createCourse", status = 201)
    @Returns(Course.class)
    public Response createCourse(CourseRequest request, @Context CurrentUser user) {
        return created(catalogue.createCourse(user, request));
    }

    @GET
    @Path("/courses/{id}")
    @Doc(value = "Read a course", id = "getCourse")
    public Course course(@PathParam("id") String id, @Context CurrentUser user) {
        return catalogue.course(user, id);
    }

    @PUT
    @Path("/courses/{id}")
    @Doc(value = "Update a course", id = "updateCourse")
    public Course updateCourse(@PathParam("id") String id, CourseRequest request, @Context CurrentUser user) {
        return catalogue.updateCourse(user, id, request);
    }

    @POST
    @Path("/courses/{id}/cancel")
    @Doc(value = "Cancel a course", id = "cancelCourse")
    public Course cancelCourse(@PathParam("id") String id, @Context CurrentUser user) {
        return catalogue.cancelCourse(user, id);
    }

    // ---- programmes and cohorts

    @GET
    @Path("/programmes")
    @Doc(value = "List training programmes", id = "listTrainingProgrammes")
    public Page<Programme> programmes(@QueryParam("degree") @ParamType(Degree.class) String degree,
                                      @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit, @Context CurrentUser user) {
        return catalogue.programmes(user, QueryParams.enumValue("degree", degree, Degree.class),
                QueryParams.page(offset, limit));
    }

    @POST
    @Path("/programmes")
    @Doc(value = "Create a training programme", id = "createTrainingProgramme", status = 201)
    @Returns(Programme.class)
    public Response createProgramme(ProgrammeRequest request, @Context CurrentUser user) {
        return created(catalogue.createProgramme(user, request));
    }

    @GET
    @Path("/programmes/{id}")
    @Doc(value = "Read a training programme", id = "getTrainingProgramme")
    public Programme programme(@PathParam("id") String id, @Context CurrentUser user) {
        return catalogue.programme(user, id);
    }

    @POST
    @Path("/programmes/{id}/cohorts")
    @Doc(value = "Open a cohort of a programme", id = "createCohort", status = 201)
    @Returns(Cohort.class)
    public Response createCohort(@PathParam("id") String programmeId, CohortRequest request,
                                 @Context CurrentUser user) {
        return created(catalogue.createCohort(user, programmeId, request));
    }

    @GET
    @Path("/cohorts")
    @Doc(value = "List cohorts", id = "listCohorts")
    public Page<Cohort> cohorts(@QueryParam("programme") String programme,
                                @QueryParam("status") @ParamType(OfferStatus.class) String status,
                                @QueryParam("year") @ParamType(Integer.class) String year,
                                @QueryParam("offset") String offset,
                                @QueryParam("limit") String limit, @Context CurrentUser user) {
        return catalogue.cohorts(user, programme,
                QueryParams.enumValue("status", status, OfferStatus.class), QueryParams.integer("year", year),
                QueryParams.page(offset, limit));
    }

    @GET
    @Path("/cohorts/{id}")
    @Doc(value = "Read a cohort", id = "getCohort")
    public Cohort cohort(@PathParam("id") String id, @Context CurrentUser user) {
        return catalogue.cohort(user, id);
    }

    @PUT
    @Path("/cohorts/{id}")
    @Doc(value = "Update a cohort", id = "updateCohort")
    public Cohort updateCohort(@PathParam("id") String id, CohortRequest request, @Context CurrentUser user) {
        return catalogue.updateCohort(user, id, request);
    }

    // ---- people

    @GET
    @Path("/people")
    @Doc(value = "List participants", id = "listPeople")
    public Page<Person> people(@QueryParam("municipality") String municipality, @QueryParam("offset") String offset,
                               @QueryParam("limit") String limit, @Context CurrentUser user) {
        return people.people(user, municipality, QueryParams.page(offset, limit));
    }

    @POST
    @Path("/people")
    @Doc(value = "Register a participant", id = "createPerson", status = 201)
    @Returns(Person.class)
    public Response createPerson(PersonRequest request, @Context CurrentUser user) {
        return created(people.createPerson(user, request));
    }

    @GET
    @Path("/people/{id}")
    @Doc(value = "Read a participant", id = "getPerson")
    public Person person(@PathParam("id") String id, @Context CurrentUser user) {
        return people.person(user, id);
    }

    @PUT
    @Path("/people/{id}")
    @Doc(value = "Update a participant", id = "updatePerson")
    public Person updatePerson(@PathParam("id") String id, PersonRequest request, @Context CurrentUser user) {
        return people.updatePerson(user, id, request);
    }

    /** GDPR Art. 15: everything stored about the person. */
    @GET
    @Path("/people/{id}/export")
    @Doc(value = "Everything stored about a participant (GDPR Art. 15)", id = "exportPerson")
    public PersonExport export(@PathParam("id") String id, @Context CurrentUser user) {
        return people.export(user, id);
    }

    /** GDPR Art. 17: replaces the personal fields; statistics stay intact. */
    @POST
    @Path("/people/{id}/anonymise")
    @Doc(value = "Anonymise a participant", id = "anonymisePerson")
    public Person anonymise(@PathParam("id") String id, @Context CurrentUser user) {
        return people.anonymise(user, id);
    }

    /** GDPR Art. 17 after the retention period: anonymises everyone inactive for {@code years} years. */
    @POST
    @Path("/people/anonymise-inactive")
    @Doc(value = "Anonymise participants inactive for years", id = "anonymiseInactivePeople")
    public List<String> anonymiseInactive(@QueryParam("years") @ParamType(Integer.class) String years,
                                          @Context CurrentUser user) {
        user.requireLprAdmin();  // before validation: others learn nothing about the parameters
        Integer y = QueryParams.integer("years", years);
        if (y == null) {
            throw new org.asskomm.platform.api.error.ValidationException("years", "is required");
        }
        return people.anonymiseInactive(user, y);
    }

    // ---- enrolments

    @GET
    @Path("/enrolments")
    @Doc(value = "List enrolments", id = "listEnrolments")
    public Page<Enrolment> enrolments(@QueryParam("course") String course, @QueryParam("cohort") String cohort,
                                      @QueryParam("person") String person,
                                      @QueryParam("municipality") String municipality,
                                      @QueryParam("status") @ParamType(EnrolmentStatus.class) String status,
                                      @QueryParam("offset") String offset,
                                      @QueryParam("limit") String limit, @Context CurrentUser user) {
        return enrolments.enrolments(user, course, cohort, person, municipality,
                QueryParams.enumValue("status", status, EnrolmentStatus.class), QueryParams.page(offset, limit));
    }

    @POST
    @Path("/enrolments")
    @Doc(value = "Apply for a course or cohort", id = "applyForEnrolment", status = 201)
    @Returns(Enrolment.class)
    public Response apply(EnrolmentRequest request, @Context CurrentUser user) {
        return created(enrolments.apply(user, request));
    }

    @GET
    @Path("/enrolments/{id}")
    @Doc(value = "Read an enrolment", id = "getEnrolment")
    public Enrolment enrolment(@PathParam("id") String id, @Context CurrentUser user) {
        return enrolments.enrolment(user, id);
    }

    @POST
    @Path("/enrolments/{id}/enrol")
    @Doc(value = "Confirm an application: enrol", id = "confirmEnrolment")
    public Enrolment confirm(@PathParam("id") String id, @Context CurrentUser user) {
        return enrolments.confirm(user, id);
    }

    @POST
    @Path("/enrolments/{id}/withdraw")
    @Doc(value = "Withdraw an enrolment", id = "withdrawEnrolment")
    public Enrolment withdraw(@PathParam("id") String id, @Context CurrentUser user) {
        return enrolments.withdraw(user, id);
    }

    @POST
    @Path("/enrolments/{id}/reject")
    @Doc(value = "Reject an application", id = "rejectEnrolment")
    public Enrolment reject(@PathParam("id") String id, @Context CurrentUser user) {
        return enrolments.reject(user, id);
    }

    @PUT
    @Path("/enrolments/{id}/attendance")
    @Doc(value = "Record the attendance of an enrolment", id = "recordAttendance")
    public Enrolment attendance(@PathParam("id") String id, AttendanceRequest request,
                                @Context CurrentUser user) {
        return progress.recordAttendance(user, id, request);
    }

    @PUT
    @Path("/enrolments/{id}/modules/{moduleId}")
    @Doc(value = "Record the result of a module", id = "recordModuleResult")
    public Enrolment moduleResult(@PathParam("id") String id, @PathParam("moduleId") String moduleId,
                                  ModuleResultRequest request, @Context CurrentUser user) {
        return progress.recordModuleResult(user, id, moduleId, request);
    }

    @POST
    @Path("/enrolments/{id}/complete")
    @Doc(value = "Complete an enrolment", id = "completeEnrolment")
    public Enrolment complete(@PathParam("id") String id, @Context CurrentUser user) {
        return progress.complete(user, id);
    }

    @POST
    @Path("/enrolments/{id}/certificate")
    @Doc(value = "Issue the certificate of an enrolment", id = "issueCertificate", status = 201)
    @Returns(Certificate.class)
    public Response issueCertificate(@PathParam("id") String id, @Context CurrentUser user) {
        return created(certificates.issueCertificate(user, id));
    }

    /** The certificate as printable HTML (print to PDF in the browser). */
    @GET
    @Path("/enrolments/{id}/certificate")
    @Produces(MediaType.TEXT_HTML)
    @Doc(value = "The certificate of an enrolment as text", id = "certificateText")
    public String certificate(@PathParam("id") String id, @Context CurrentUser user) {
        return certificates.certificateHtml(user, id);
    }

    /** The certificate as a PDF document. */
    @GET
    @Path("/enrolments/{id}/certificate/pdf")
    @Produces("application/pdf")
    @Doc(value = "The certificate of an enrolment as PDF", id = "certificatePdf")
    public Response certificatePdf(@PathParam("id") String id, @Context CurrentUser user) {
        return Response.ok(certificates.certificatePdf(user, id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"certificate-" + id + ".pdf\"")
                .build();
    }

    @GET
    @Path("/notifications")
    @Doc(value = "Notifications of the training module", id = "listTrainingNotifications")
    public Page<Notification> notifications(@QueryParam("municipality") String municipality,
                                            @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                            @Context CurrentUser user) {
        return enrolments.notifications(user, municipality, QueryParams.page(offset, limit));
    }

    // ---- public

    /** Public check of a certificate code: initials, offer and date only. */
    @GET
    @Anonymous
    @Path("/certificates/{code}")
    @Doc(value = "Verify a certificate by its code (public)", id = "verifyCertificate")
    public CertificateVerification verify(@PathParam("code") String code) {
        return certificates.verify(code);
    }

    @GET
    @Anonymous
    @Path("/statistics/participants")
    @Doc(value = "Public statistics of participants", id = "participantStatistics")
    public List<Count> participants(@QueryParam("by") @ParamType(ParticipantsBy.class) String by,
                                    @QueryParam("year") @ParamType(Integer.class) String year) {
        ParticipantsBy dimension = QueryParams.enumValue("by", by, ParticipantsBy.class);
        return statistics.participants(dimension == null ? ParticipantsBy.COURSE : dimension,
                QueryParams.integer("year", year));
    }

    @GET
    @Anonymous
    @Path("/statistics/graduates")
    @Doc(value = "Public statistics of graduates", id = "graduateStatistics")
    public List<GraduateCount> graduates(@QueryParam("year") @ParamType(Integer.class) String year) {
        return statistics.graduates(QueryParams.integer("year", year));
    }
}
