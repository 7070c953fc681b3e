package org.asskomm.training.internal;

import static org.asskomm.training.internal.TrainingRulesTest.expect;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditEntry;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.asskomm.training.api.AttendanceRequest;
import org.asskomm.training.api.Certificate;
import org.asskomm.training.api.Course;
import org.asskomm.training.api.CourseRequest;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.EnrolmentRequest;
import org.asskomm.training.api.EnrolmentStatus;
import org.asskomm.training.api.Person;
import org.junit.Test;
import org.osgi.service.event.Event;

/** What the module's writes leave behind through the pipeline: audit entries, events, and nothing when refused. */
public class TrainingPipelineTest {

    private final Fixtures f = new Fixtures();
    private final CurrentUser lpr = TestPlatform.lprAdmin();
    private final CurrentUser frankenberg = TestPlatform.municipalUser(Fixtures.FRANKENBERG);
    private final CurrentUser floeha = TestPlatform.municipalUser(Fixtures.FLOEHA);

    @Test
    public void anApplicationThroughItsCertificateIsAuditedAndAnnounced() {
        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Audit", 5, Fixtures.NEXT_MONTH));
        assertEquals(List.of("CREATE"), actions("Course", course.id()));
        Event created = single("org/asskomm/training/Course/CREATED");
        assertEquals(course.id(), created.getProperty("id"));
        assertNull("the catalogue belongs to no municipality", created.getProperty("municipality"));

        Enrolment e = apply(course, frankenberg, Fixtures.FRANKENBERG, "Paula", "Pipeline");
        Event admitted = single("org/asskomm/training/Enrolment/ADMITTED");
        assertEquals(e.id(), admitted.getProperty("id"));
        assertEquals(Fixtures.FRANKENBERG, admitted.getProperty("municipality"));
        assertTrue(f.platform.events.topic("org/asskomm/training/Enrolment/WAITLISTED").isEmpty());

        f.enrolments.confirm(frankenberg, e.id());
        f.progress.recordAttendance(lpr, e.id(), new AttendanceRequest(course.sessions().get(0).id(), true));
        f.progress.complete(lpr, e.id());
        Certificate certificate = f.certificates.issueCertificate(lpr, e.id());
        assertEquals(certificate, f.certificates.issueCertificate(lpr, e.id()));
        assertEquals(List.of("APPLY", "ENROL", "ATTENDANCE", "COMPLETE"), actions("Enrolment", e.id()));
        assertEquals("issued once", List.of("ISSUE"), actions("Certificate", e.id()));
        Event issued = single("org/asskomm/training/Certificate/ISSUED");
        assertEquals(e.id(), issued.getProperty("id"));
        assertEquals(certificate.code(), issued.getProperty("code"));
        single("org/asskomm/training/Enrolment/ENROLLED");
        single("org/asskomm/training/Enrolment/COMPLETED");
    }

    @Test
    public void aWithdrawalInOneMunicipalityAdmitsTheNextInLineOfAnother() {
        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Eins", 1, Fixtures.NEXT_MONTH));
        Enrolment first = apply(course, floeha, Fixtures.FLOEHA, "Fiona", "Floeha");
        Enrolment second = apply(course, frankenberg, Fixtures.FRANKENBERG, "Franz", "Frankenberg");
        assertEquals(EnrolmentStatus.WAITLISTED, second.status());

        f.enrolments.withdraw(floeha, first.id());
        assertEquals(EnrolmentStatus.ADMITTED, f.enrolments.enrolment(lpr, second.id()).status());
        Event movedUp = single("org/asskomm/training/Enrolment/MOVED_UP");
        assertEquals(second.id(), movedUp.getProperty("id"));
        assertEquals(Fixtures.FRANKENBERG, movedUp.getProperty("municipality"));
        List<AuditEntry> moveUp = audit("Enrolment", second.id()).stream()
                .filter(a -> a.action().equals("MOVE_UP")).toList();
        assertEquals(1, moveUp.size());
        assertEquals("the entry names the municipality of the person moved up", Fixtures.FRANKENBERG,
                moveUp.get(0).municipality());
        assertTrue(moveUp.get(0).before().contains("WAITLISTED") && moveUp.get(0).after().contains("ADMITTED"));
    }

    @Test
    public void aRefusedOrStaleWriteLeavesNoAuditAndNoEvent() {
        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Stale", 5, Fixtures.NEXT_MONTH));
        CourseRequest update = new CourseRequest("Stale 2", null, course.targetGroups(), course.format(), null, 6,
                course.fee(), 8, null, course.version());
        f.catalogue.updateCourse(lpr, course.id(), update);
        f.platform.events.clear();
        expect(ConflictException.class, () -> f.catalogue.updateCourse(lpr, course.id(), update));
        Person p = f.people.createPerson(frankenberg, Fixtures.person(Fixtures.FRANKENBERG, "Rita", "Refused"));
        f.platform.events.clear();
        expect(NotFoundException.class, () -> f.people.anonymise(floeha, p.id()));
        assertEquals(List.of("CREATE", "UPDATE"), actions("Course", course.id()));
        assertEquals(List.of("CREATE"), actions("Person", p.id()));
        assertTrue(f.platform.events.events().isEmpty());
    }

    @Test
    public void idsThatAreNoCanonicalUuidAreNotFound() {
        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Ids", 5, Fixtures.NEXT_MONTH));
        NotFoundException e = expect(NotFoundException.class,
                () -> f.catalogue.cancelCourse(lpr, course.id().toUpperCase()));
        assertTrue(e.getMessage(), MessageFiles.english(e.detail()).contains("No course"));
        expect(NotFoundException.class, () -> f.enrolments.withdraw(lpr, "x"));
        expect(NotFoundException.class, () -> f.people.anonymise(lpr, "00000000-0000-0000-0000-000000000000"));
    }

    @Test
    public void anExportIsAuditedWithoutNamesAndChangesNothing() {
        Person p = f.people.createPerson(frankenberg, Fixtures.person(Fixtures.FRANKENBERG, "Erika", "Export"));
        f.platform.events.clear();
        f.people.export(frankenberg, p.id());
        assertEquals(List.of("CREATE", "EXPORT"), actions("Person", p.id()));
        assertFalse(audit("Person", p.id()).toString().contains("Export"));
        assertEquals(p.version(), f.people.person(frankenberg, p.id()).version());
        assertTrue(f.platform.events.events().isEmpty());
    }

    private Enrolment apply(Course course, CurrentUser staff, String ags, String first, String last) {
        Person p = f.people.createPerson(staff, Fixtures.person(ags, first, last));
        return f.enrolments.apply(staff, new EnrolmentRequest(p.id(), course.id(), null, null));
    }

    private Event single(String topic) {
        List<Event> events = f.platform.events.topic(topic);
        assertEquals(topic, 1, events.size());
        return events.get(0);
    }

    private List<AuditEntry> audit(String entity, String id) {
        return f.platform.audit.search(new AuditQuery("training", null, null, null, id, null, null),
                PageRequest.of(0, 100)).items().stream().filter(a -> a.entityType().equals(entity)).toList();
    }

    /** The actions recorded for an id, oldest first. */
    private List<String> actions(String entity, String id) {
        return audit(entity, id).stream().sorted(Comparator.comparingLong(AuditEntry::id))
                .map(AuditEntry::action).toList();
    }
}
