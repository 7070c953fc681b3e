package org.asskomm.training.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ProblemException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.asskomm.training.api.AttendanceRequest;
import org.asskomm.training.api.Certificate;
import org.asskomm.training.api.CertificateVerification;
import org.asskomm.training.api.Cohort;
import org.asskomm.training.api.Count;
import org.asskomm.training.api.Course;
import org.asskomm.training.api.CourseRequest;
import org.asskomm.training.api.Document;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.EnrolmentRequest;
import org.asskomm.training.api.EnrolmentStatus;
import org.asskomm.training.api.GraduateCount;
import org.asskomm.training.api.ModuleResult;
import org.asskomm.training.api.ModuleResultRequest;
import org.asskomm.training.api.ParticipantsBy;
import org.asskomm.training.api.Person;
import org.asskomm.training.api.PersonExport;
import org.asskomm.training.api.Programme;
import org.asskomm.training.api.Qualification;
import org.asskomm.training.api.Session;
import org.junit.Test;

/** Validation, admission, lifecycle, progress, certificate, access and GDPR rules. */
public class TrainingRulesTest {

    private final Fixtures f = new Fixtures();
    private final CurrentUser lpr = TestPlatform.lprAdmin();
    private final CurrentUser frankenberg = TestPlatform.municipalUser(Fixtures.FRANKENBERG);
    private final CurrentUser floeha = TestPlatform.municipalUser(Fixtures.FLOEHA);

    @Test
    public void invalidCourseNamesEveryField() {
        CourseRequest bad = new CourseRequest(" ", null, Set.of(), null, null, 0, new BigDecimal("-1.005"), null,
                List.of(), null);
        ValidationException e = expect(ValidationException.class, () -> f.catalogue.createCourse(lpr, bad));
        assertEquals(Set.of("title", "format", "targetGroups", "capacity", "fee", "creditHours", "sessions"),
                fields(e));
        assertEquals(0, f.catalogue.courses(lpr, null, null, null, PageRequest.of(0, 10)).total());
    }

    @Test
    public void onlyLprAdminsKeepTheCatalogue() {
        expect(AccessDeniedException.class,
                () -> f.catalogue.createCourse(frankenberg, Fixtures.course("X", 5, Fixtures.NEXT_MONTH)));
    }

    @Test
    public void applicationsAreRefusedForPastCancelledAndDuplicate() {
        Person p = f.people.createPerson(frankenberg, Fixtures.person(Fixtures.FRANKENBERG, "Anna", "Berg"));
        Course past = f.catalogue.createCourse(lpr, Fixtures.course("Past", 5, LocalDate.now().minusDays(1)));
        ConflictException pastRefusal = expect(ConflictException.class,
                () -> f.enrolments.apply(frankenberg, new EnrolmentRequest(p.id(), past.id(), null, null)));
        assertTrue(MessageFiles.english(pastRefusal.detail()).contains("applications are closed"));

        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Future", 5, Fixtures.NEXT_MONTH));
        f.enrolments.apply(frankenberg, new EnrolmentRequest(p.id(), course.id(), null, null));
        expect(ConflictException.class,
                () -> f.enrolments.apply(frankenberg, new EnrolmentRequest(p.id(), course.id(), null, null)));

        Course cancelled = f.catalogue.createCourse(lpr, Fixtures.course("Cancelled", 5, Fixtures.NEXT_MONTH));
        f.catalogue.cancelCourse(lpr, cancelled.id());
        ConflictException e = expect(ConflictException.class,
                () -> f.enrolments.apply(frankenberg, new EnrolmentRequest(p.id(), cancelled.id(), null, null)));
        assertTrue(MessageFiles.english(e.detail()).contains("CANCELLED"));
        expect(ConflictException.class, () -> f.catalogue.cancelCourse(lpr, cancelled.id()));
        assertEquals(1, f.enrolments.enrolments(lpr, null, null, p.id(), null, null, PageRequest.of(0, 10)).total());

        ValidationException both = expect(ValidationException.class,
                () -> f.enrolments.apply(frankenberg, new EnrolmentRequest(p.id(), course.id(), "x", null)));
        assertEquals(Set.of("cohortId"), fields(both));
    }

    @Test
    public void admissionRequirementIsNamedAndNothingIsWritten() {
        Programme master = f.catalogue.createProgramme(lpr, Fixtures.master());
        Cohort cohort = f.catalogue.createCohort(lpr, master.id(), Fixtures.cohort(20));
        Person without = f.people.createPerson(frankenberg, Fixtures.person(Fixtures.FRANKENBERG, "Ben", "Ohne",
                Qualification.UNIVERSITY_ENTRANCE));
        ValidationException e = expect(ValidationException.class,
                () -> f.enrolments.apply(frankenberg, new EnrolmentRequest(without.id(), null, cohort.id(), null)));
        assertEquals("qualifications", e.errors().get(0).field());
        assertTrue(MessageFiles.english(e.errors().get(0).text()).contains("FIRST_DEGREE"));
        assertEquals(0, f.catalogue.cohort(lpr, cohort.id()).admitted());

        Person with = f.people.createPerson(frankenberg, Fixtures.person(Fixtures.FRANKENBERG, "Clara", "Mit",
                Qualification.FIRST_DEGREE));
        Enrolment ok = f.enrolments.apply(frankenberg, new EnrolmentRequest(with.id(), null, cohort.id(),
                List.of(new Document("Bachelorzeugnis", "dms://frankenberg/4711"))));
        assertEquals(EnrolmentStatus.ADMITTED, ok.status());
        assertEquals("Bachelorzeugnis", ok.documents().get(0).title());
    }

    @Test
    public void municipalitiesActOnlyForTheirOwnPeopleAndWhenEnabled() {
        expect(AccessDeniedException.class,
                () -> f.people.createPerson(floeha, Fixtures.person(Fixtures.FRANKENBERG, "Eve", "Fremd")));
        String chemnitz = "14511000";
        expect(AccessDeniedException.class, () -> f.people.createPerson(TestPlatform.municipalUser(chemnitz),
                Fixtures.person(chemnitz, "Not", "Enabled")));
        Person p = f.people.createPerson(frankenberg, Fixtures.person(Fixtures.FRANKENBERG, "Dora", "Eigen"));
        expect(NotFoundException.class, () -> f.people.person(floeha, p.id()));
        expect(NotFoundException.class, () -> f.people.person(TestPlatform.viewer(), p.id()));
        expect(AccessDeniedException.class, () -> f.people.people(TestPlatform.police(), null, PageRequest.of(0, 10)));
        assertEquals(0, f.people.people(floeha, null, PageRequest.of(0, 10)).total());
        assertEquals(1, f.people.people(frankenberg, null, PageRequest.of(0, 10)).total());
        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Own", 5, Fixtures.NEXT_MONTH));
        expect(AccessDeniedException.class,
                () -> f.enrolments.apply(floeha, new EnrolmentRequest(p.id(), course.id(), null, null)));
    }

    @Test
    public void lifecycleTransitionsAreChecked() {
        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Lifecycle", 1, Fixtures.NEXT_MONTH));
        Enrolment first = apply(course, "Fritz", "Erster");
        Enrolment second = apply(course, "Gina", "Zweite");
        assertEquals(EnrolmentStatus.WAITLISTED, second.status());
        ConflictException e = expect(ConflictException.class, () -> f.enrolments.confirm(frankenberg, second.id()));
        String english = MessageFiles.english(e.detail());
        assertTrue(english, english.contains("WAITLISTED") && english.contains("ENROLLED"));
        expect(AccessDeniedException.class, () -> f.enrolments.reject(frankenberg, first.id()));
        f.enrolments.reject(lpr, first.id());
        assertEquals(EnrolmentStatus.ADMITTED, f.enrolments.enrolment(lpr, second.id()).status());
        expect(ConflictException.class, () -> f.enrolments.withdraw(frankenberg, first.id()));
        f.enrolments.confirm(frankenberg, second.id());
        f.enrolments.withdraw(frankenberg, second.id());
        expect(ConflictException.class, () -> f.enrolments.withdraw(frankenberg, second.id()));
    }

    @Test
    public void staleVersionIsAConflict() {
        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Versioned", 5, Fixtures.NEXT_MONTH));
        CourseRequest update = new CourseRequest("Versioned 2", null, course.targetGroups(), course.format(), null, 6,
                course.fee(), 8, null, course.version());
        Course updated = f.catalogue.updateCourse(lpr, course.id(), update);
        assertEquals(course.version() + 1, updated.version());
        expect(ConflictException.class, () -> f.catalogue.updateCourse(lpr, course.id(), update));
        assertEquals("Versioned 2", f.catalogue.course(lpr, course.id()).title());
    }

    @Test
    public void courseCompletionNeedsFullAttendanceThenCertificateVerifies() {
        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Streetwork", 5, Fixtures.NEXT_MONTH,
                Fixtures.NEXT_MONTH.plusDays(1)));
        Enrolment e = apply(course, "Hanna", "Zertifikat");
        expect(ConflictException.class, () -> f.certificates.issueCertificate(lpr, e.id()));
        expect(ConflictException.class, () -> f.progress.recordAttendance(lpr, e.id(),
                new AttendanceRequest(course.sessions().get(0).id(), true)));
        f.enrolments.confirm(frankenberg, e.id());
        expect(ValidationException.class, () -> f.progress.recordAttendance(lpr, e.id(),
                new AttendanceRequest("no-such-session", true)));
        Session day1 = course.sessions().get(0);
        f.progress.recordAttendance(lpr, e.id(), new AttendanceRequest(day1.id(), true));
        ConflictException incomplete = expect(ConflictException.class, () -> f.progress.complete(lpr, e.id()));
        assertTrue(MessageFiles.english(incomplete.detail()).contains("Day 2"));
        expect(ConflictException.class, () -> f.certificates.issueCertificate(lpr, e.id()));
        f.progress.recordAttendance(lpr, e.id(), new AttendanceRequest(course.sessions().get(1).id(), true));
        Enrolment done = f.progress.complete(lpr, e.id());
        assertEquals(EnrolmentStatus.COMPLETED, done.status());
        assertEquals(8, done.creditHours());

        Certificate certificate = f.certificates.issueCertificate(lpr, e.id());
        assertTrue(certificate.code().matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        assertEquals(certificate, f.certificates.issueCertificate(lpr, e.id()));
        CertificateVerification v = f.certificates.verify(certificate.code().toLowerCase());
        assertEquals("H. Z.", v.initials());
        assertEquals("Streetwork", v.title());
        assertEquals(LocalDate.now(), v.completedOn());
        assertTrue(f.certificates.certificateHtml(frankenberg, e.id()).contains("Hanna Zertifikat"));
        expect(NotFoundException.class, () -> f.certificates.certificateHtml(floeha, e.id()));
        expect(NotFoundException.class, () -> f.certificates.verify("AAAA-BBBB-CCCC"));
    }

    @Test
    public void programmeCompletionCountsPassedAndRecognisedModules() {
        Programme master = f.catalogue.createProgramme(lpr, Fixtures.master());
        Cohort cohort = f.catalogue.createCohort(lpr, master.id(), Fixtures.cohort(10));
        Person p = f.people.createPerson(frankenberg, Fixtures.person(Fixtures.FRANKENBERG, "Ida", "Studentin",
                Qualification.FIRST_DEGREE));
        Enrolment e = f.enrolments.apply(frankenberg, new EnrolmentRequest(p.id(), null, cohort.id(), null));
        f.enrolments.confirm(frankenberg, e.id());
        String first = master.modules().get(0).id();
        String second = master.modules().get(1).id();
        f.progress.recordModuleResult(lpr, e.id(), first, new ModuleResultRequest(ModuleResult.RECOGNISED,
                "Diplom Sozialpädagogik"));
        f.progress.recordModuleResult(lpr, e.id(), second, new ModuleResultRequest(ModuleResult.FAILED, null));
        ConflictException open = expect(ConflictException.class, () -> f.progress.complete(lpr, e.id()));
        assertTrue(MessageFiles.english(open.detail()).contains("Evaluation"));
        f.progress.recordModuleResult(lpr, e.id(), second, new ModuleResultRequest(ModuleResult.PASSED, null));
        assertEquals(15, f.progress.complete(lpr, e.id()).creditHours());
        List<GraduateCount> graduates = f.statistics.graduates(LocalDate.now().getYear());
        assertEquals(1, graduates.size());
        assertEquals(master.id(), graduates.get(0).programmeId());
        assertEquals(1, graduates.get(0).graduates());
    }

    @Test
    public void exportAndAnonymisationKeepStatisticsIntact() {
        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Datenschutz", 5, Fixtures.NEXT_MONTH));
        Enrolment e = apply(course, "Jana", "Privat");
        apply(course, "Kai", "Andere");
        f.enrolments.confirm(frankenberg, e.id());
        f.progress.recordAttendance(lpr, e.id(), new AttendanceRequest(course.sessions().get(0).id(), true));
        f.progress.complete(lpr, e.id());
        Certificate certificate = f.certificates.issueCertificate(lpr, e.id());
        List<Count> byMunicipalityBefore = f.statistics.participants(ParticipantsBy.MUNICIPALITY, null);
        List<Count> byDistrictBefore = f.statistics.participants(ParticipantsBy.DISTRICT, null);

        PersonExport export = f.people.export(frankenberg, e.personId());
        assertEquals("Jana", export.person().firstName());
        assertEquals(1, export.enrolments().size());
        expect(NotFoundException.class, () -> f.people.export(floeha, e.personId()));

        Person anonymised = f.people.anonymise(frankenberg, e.personId());
        assertTrue(anonymised.anonymised());
        assertEquals(PersonStore.ANONYMISED, anonymised.firstName());
        assertNull(anonymised.email());
        assertNull(anonymised.organisation());
        expect(ConflictException.class, () -> f.people.anonymise(frankenberg, e.personId()));
        assertEquals(byMunicipalityBefore, f.statistics.participants(ParticipantsBy.MUNICIPALITY, null));
        assertEquals(byDistrictBefore, f.statistics.participants(ParticipantsBy.DISTRICT, null));
        assertEquals(List.of(new Count(Fixtures.FRANKENBERG, "Frankenberg/Sa., Stadt", 2)).get(0).count(),
                byMunicipalityBefore.get(0).count());
        assertEquals("Mittelsachsen", byDistrictBefore.get(0).key());
        CertificateVerification v = f.certificates.verify(certificate.code());
        assertNull("no initials after anonymisation", v.initials());
        assertEquals("Datenschutz", v.title());
        // the audit log never received the name
        String auditText = f.platform.audit.search(AuditQuery.all(), PageRequest.of(0, 500)).items().toString();
        assertTrue(!auditText.contains("Privat"));
    }

    @Test
    public void retentionAnonymisesOnlyPeopleInactiveForTheWholePeriod() {
        Course course = f.catalogue.createCourse(lpr, Fixtures.course("Retention", 5, Fixtures.NEXT_MONTH));
        Enrolment old = apply(course, "Otto", "Alt");
        Enrolment open = apply(course, "Olga", "Offen");
        f.enrolments.withdraw(frankenberg, old.id());
        Person fresh = f.people.createPerson(frankenberg, Fixtures.person(Fixtures.FRANKENBERG, "Nina", "Neu"));
        // eleven years ago: Otto's activity and Olga's registration (but Olga's application is still open)
        java.sql.Timestamp longAgo = java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(11 * 366)));
        f.platform.database.inTransaction(c -> {
            org.asskomm.platform.api.persistence.Sql.update(c, "UPDATE training_person SET created_at = ? WHERE id IN (?, ?)",
                    longAgo, old.personId(), open.personId());
            org.asskomm.platform.api.persistence.Sql.update(c, "UPDATE training_enrolment SET applied_at = ?, decided_at = ?"
                    + " WHERE person_id IN (?, ?)", longAgo, longAgo, old.personId(), open.personId());
            return null;
        });
        expect(AccessDeniedException.class, () -> f.people.anonymiseInactive(frankenberg, 10));
        expect(ValidationException.class, () -> f.people.anonymiseInactive(lpr, 0));
        assertEquals(List.of(old.personId()), f.people.anonymiseInactive(lpr, 10));
        assertTrue(f.people.person(lpr, old.personId()).anonymised());
        assertTrue(!f.people.person(lpr, open.personId()).anonymised());
        assertTrue(!f.people.person(lpr, fresh.id()).anonymised());
        assertEquals(List.of(), f.people.anonymiseInactive(lpr, 10));
    }

    @Test
    public void anonymisationBlanksThePersonalFieldsOfTheAuditEntriesAndKeepsTheEntries() {
        Programme master = f.catalogue.createProgramme(lpr, Fixtures.master());
        Cohort cohort = f.catalogue.createCohort(lpr, master.id(), Fixtures.cohort(10));
        Person p = f.people.createPerson(frankenberg, Fixtures.person(Fixtures.FRANKENBERG, "Lena", "Loeschbar",
                Qualification.FIRST_DEGREE));
        Enrolment e = f.enrolments.apply(frankenberg, new EnrolmentRequest(p.id(), null, cohort.id(),
                List.of(new Document("Zeugnis Lena Loeschbar", "dms://frankenberg/loeschbar"))));
        f.enrolments.confirm(frankenberg, e.id());
        f.progress.recordModuleResult(lpr, e.id(), master.modules().get(0).id(),
                new ModuleResultRequest(ModuleResult.RECOGNISED, "Frau Loeschbar: Diplom anerkannt"));
        AuditQuery ofEnrolment = new AuditQuery("training", null, null, null, e.id(), null, null);
        int entries = f.platform.audit.search(ofEnrolment, new PageRequest(0, 100)).items().size();
        assertTrue(f.platform.audit.search(ofEnrolment, new PageRequest(0, 100)).items().toString()
                .contains("Loeschbar"));

        f.people.anonymise(frankenberg, p.id());

        var after = f.platform.audit.search(ofEnrolment, new PageRequest(0, 100)).items();
        assertEquals(entries, after.size());
        assertTrue(after.toString(), !after.toString().contains("Loeschbar") && after.toString().contains("APPLY"));
        assertNull(f.enrolments.enrolment(lpr, e.id()).modules().get(0).note());   // the note itself is erased too
    }

    private Enrolment apply(Course course, String first, String last) {
        Person p = f.people.createPerson(frankenberg, Fixtures.person(Fixtures.FRANKENBERG, first, last));
        return f.enrolments.apply(frankenberg, new EnrolmentRequest(p.id(), course.id(), null, null));
    }

    private static Set<String> fields(ValidationException e) {
        return new java.util.TreeSet<>(e.errors().stream().map(FieldError::field).toList());
    }

    static <E extends ProblemException> E expect(Class<E> type, Runnable action) {
        try {
            action.run();
        } catch (ProblemException e) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + e, e);
        }
        fail("expected " + type.getSimpleName());
        return null;
    }
}
