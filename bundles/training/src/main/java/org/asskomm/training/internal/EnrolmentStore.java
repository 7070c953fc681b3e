package org.asskomm.training.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.training.api.Attendance;
import org.asskomm.training.api.Certificate;
import org.asskomm.training.api.Document;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.EnrolmentStatus;
import org.asskomm.training.api.ModuleProgress;
import org.asskomm.training.api.ModuleResult;
import org.asskomm.training.api.Notification;
import org.asskomm.training.api.Person;

/** SQL for enrolments and everything hanging off them: documents, attendance, module results, certificates, notifications. */
final class EnrolmentStore {

    private static final String COLUMNS = "e.id, e.person_id, e.municipality, e.course_id, e.cohort_id, e.status,"
            + " e.waitlist_position, e.applied_at, e.completed_on, e.credit_hours, e.version,"
            + " (SELECT code FROM training_certificate t WHERE t.enrolment_id = e.id) AS certificate_code";

    void insert(Connection c, String id, Person person, OfferRef offer, EnrolmentStatus status,
                Integer waitlistPosition, List<Document> documents) throws SQLException {
        Instant now = Instant.now();
        Sql.update(c, "INSERT INTO training_enrolment (id, person_id, municipality, sector, course_id, cohort_id, status,"
                        + " waitlist_position, applied_at, decided_at, credit_hours, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)",
                id, person.id(), person.municipality(), person.sector(),
                offer.kind() == OfferKind.COURSE ? offer.id() : null,
                offer.kind() == OfferKind.COHORT ? offer.id() : null, status, waitlistPosition, now,
                status == EnrolmentStatus.ADMITTED ? now : null);
        int position = 0;
        for (Document d : documents == null ? List.<Document>of() : documents) {
            Sql.update(c, "INSERT INTO training_enrolment_document (enrolment_id, position, title, reference)"
                    + " VALUES (?, ?, ?, ?)", id, ++position, d.title(), d.reference());
        }
    }

    /** The course or cohort of an enrolment (it never changes). */
    Optional<OfferRef> offerOf(Connection c, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT course_id, cohort_id FROM training_enrolment WHERE id = ?",
                rs -> OfferRef.of(rs.getString("course_id"), rs.getString("cohort_id")), id);
    }

    /** Active enrolments (applied, not withdrawn or rejected) of the person in the offer. */
    long activeCount(Connection c, String personId, OfferRef offer) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM training_enrolment WHERE person_id = ? AND " + offer.kind().foreignKey
                + " = ? AND status NOT IN ('WITHDRAWN', 'REJECTED')", personId, offer.id());
    }

    void setStatus(Connection c, String id, EnrolmentStatus status) throws SQLException {
        Sql.update(c, "UPDATE training_enrolment SET status = ?, decided_at = ?, version = version + 1 WHERE id = ?",
                status, Instant.now(), id);
    }

    void complete(Connection c, String id, LocalDate on, int creditHours) throws SQLException {
        Sql.update(c, "UPDATE training_enrolment SET status = ?, completed_on = ?, credit_hours = ?,"
                + " version = version + 1 WHERE id = ?", EnrolmentStatus.COMPLETED, on, creditHours, id);
    }

    Optional<Enrolment> find(Connection c, String id) throws SQLException {
        Optional<Enrolment> bare = Sql.queryOne(c, "SELECT " + COLUMNS + " FROM training_enrolment e WHERE e.id = ?",
                EnrolmentStore::bare, id);
        return bare.isEmpty() ? bare : Optional.of(complete(c, bare.get()));
    }

    Page<Enrolment> list(Connection c, Where where, PageRequest page) throws SQLException {
        Page<Enrolment> bare = Sql.page(c, COLUMNS, "training_enrolment e", where,
                "e.applied_at, e.waitlist_position, e.id", page, EnrolmentStore::bare);
        List<Enrolment> items = new ArrayList<>();
        for (Enrolment e : bare.items()) {
            items.add(complete(c, e));
        }
        return new Page<>(items, bare.total(), bare.offset(), bare.limit());
    }

    List<Enrolment> ofPerson(Connection c, String personId) throws SQLException {
        return list(c, new Where().eq("e.person_id", personId), new PageRequest(0, Integer.MAX_VALUE)).items();
    }

    private static Enrolment bare(ResultSet rs) throws SQLException {
        return new Enrolment(rs.getString("id"), rs.getString("person_id"), rs.getString("municipality"),
                rs.getString("course_id"), rs.getString("cohort_id"),
                Sql.enumValue(rs, "status", EnrolmentStatus.class), Sql.integer(rs, "waitlist_position"),
                Sql.instant(rs, "applied_at"), Sql.date(rs, "completed_on"), rs.getInt("credit_hours"), List.of(),
                List.of(), List.of(), rs.getString("certificate_code"), rs.getInt("version"));
    }

    private Enrolment complete(Connection c, Enrolment e) throws SQLException {
        List<Document> documents = Sql.query(c, "SELECT title, reference FROM training_enrolment_document"
                        + " WHERE enrolment_id = ? ORDER BY position",
                rs -> new Document(rs.getString("title"), rs.getString("reference")), e.id());
        List<Attendance> attendance = Sql.query(c, "SELECT a.session_id, a.attended FROM training_attendance a"
                        + " JOIN training_session s ON s.id = a.session_id WHERE a.enrolment_id = ? ORDER BY s.position",
                rs -> new Attendance(rs.getString("session_id"), rs.getBoolean("attended")), e.id());
        List<ModuleProgress> modules = Sql.query(c, "SELECT r.module_id, r.result, r.note, r.recorded_on"
                        + " FROM training_module_result r JOIN training_programme_module m ON m.id = r.module_id"
                        + " WHERE r.enrolment_id = ? ORDER BY m.position",
                rs -> new ModuleProgress(rs.getString("module_id"), Sql.enumValue(rs, "result", ModuleResult.class),
                        rs.getString("note"), Sql.date(rs, "recorded_on")), e.id());
        return new Enrolment(e.id(), e.personId(), e.municipality(), e.courseId(), e.cohortId(), e.status(),
                e.waitlistPosition(), e.appliedAt(), e.completedOn(), e.creditHours(), documents, attendance, modules,
                e.certificateCode(), e.version());
    }

    void deleteDocumentsOfPerson(Connection c, String personId) throws SQLException {
        Sql.update(c, "DELETE FROM training_enrolment_document WHERE enrolment_id IN"
                + " (SELECT id FROM training_enrolment WHERE person_id = ?)", personId);
    }

    /** Instructors' notes on a person's module results are personal data: erased with the person. */
    void eraseNotesOfPerson(Connection c, String personId) throws SQLException {
        Sql.update(c, "UPDATE training_module_result SET note = NULL WHERE enrolment_id IN"
                + " (SELECT id FROM training_enrolment WHERE person_id = ?)", personId);
    }

    // ---- progress

    void recordAttendance(Connection c, String enrolmentId, String sessionId, boolean attended) throws SQLException {
        Sql.update(c, "DELETE FROM training_attendance WHERE enrolment_id = ? AND session_id = ?", enrolmentId, sessionId);
        Sql.update(c, "INSERT INTO training_attendance (enrolment_id, session_id, attended) VALUES (?, ?, ?)",
                enrolmentId, sessionId, attended);
        touch(c, enrolmentId);
    }

    void recordModuleResult(Connection c, String enrolmentId, String moduleId, ModuleResult result, String note)
            throws SQLException {
        Sql.update(c, "DELETE FROM training_module_result WHERE enrolment_id = ? AND module_id = ?", enrolmentId, moduleId);
        Sql.update(c, "INSERT INTO training_module_result (enrolment_id, module_id, result, note, recorded_on)"
                + " VALUES (?, ?, ?, ?, ?)", enrolmentId, moduleId, result, note, LocalDate.now());
        touch(c, enrolmentId);
    }

    private void touch(Connection c, String enrolmentId) throws SQLException {
        Sql.update(c, "UPDATE training_enrolment SET version = version + 1 WHERE id = ?", enrolmentId);
    }

    /** Locks the enrolment row so that two administrators cannot complete or certify it twice at once. */
    void lock(Connection c, String id) throws SQLException {
        Sql.query(c, "SELECT id FROM training_enrolment WHERE id = ? FOR UPDATE", rs -> rs.getString(1), id);
    }

    // ---- certificates

    void insertCertificate(Connection c, String code, String enrolmentId, LocalDate issuedOn) throws SQLException {
        Sql.update(c, "INSERT INTO training_certificate (code, enrolment_id, issued_on) VALUES (?, ?, ?)",
                code, enrolmentId, issuedOn);
    }

    Optional<Certificate> certificateOf(Connection c, String enrolmentId) throws SQLException {
        return Sql.queryOne(c, "SELECT code, enrolment_id, issued_on FROM training_certificate WHERE enrolment_id = ?",
                EnrolmentStore::certificate, enrolmentId);
    }

    /** The enrolment's certificate or its absence, under the enrolment's row lock. */
    Optional<CertificateState> lockCertificateState(Connection c, String enrolmentId) throws SQLException {
        lock(c, enrolmentId);
        return Sql.queryOne(c, "SELECT e.id, e.municipality, e.status, t.code, t.issued_on FROM training_enrolment e"
                        + " LEFT JOIN training_certificate t ON t.enrolment_id = e.id WHERE e.id = ?",
                rs -> new CertificateState(rs.getString("id"), rs.getString("municipality"),
                        Sql.enumValue(rs, "status", EnrolmentStatus.class), rs.getString("code"),
                        Sql.date(rs, "issued_on")), enrolmentId);
    }

    Optional<Certificate> certificate(Connection c, String code) throws SQLException {
        return Sql.queryOne(c, "SELECT code, enrolment_id, issued_on FROM training_certificate WHERE code = ?",
                EnrolmentStore::certificate, code);
    }

    private static Certificate certificate(ResultSet rs) throws SQLException {
        return new Certificate(rs.getString("code"), rs.getString("enrolment_id"), Sql.date(rs, "issued_on"));
    }

    // ---- notifications

    Notification notify(Connection c, String enrolmentId, String municipality, String kind, String message)
            throws SQLException {
        Notification n = new Notification(UUID.randomUUID().toString(), enrolmentId, municipality, kind, message,
                Instant.now());
        Sql.update(c, "INSERT INTO training_notification (id, enrolment_id, municipality, kind, message, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", n.id(), enrolmentId, municipality, kind, message, n.createdAt());
        return n;
    }

    Page<Notification> notifications(Connection c, String municipality, Set<String> visible, PageRequest page)
            throws SQLException {
        Where where = new Where().eq("municipality", municipality);
        if (visible != null) {
            where.in("municipality", visible);
        }
        return Sql.page(c, "*", "training_notification", where, "created_at DESC, id", page, EnrolmentStore::notification);
    }

    List<Notification> notificationsOfPerson(Connection c, String personId) throws SQLException {
        return Sql.query(c, "SELECT n.* FROM training_notification n JOIN training_enrolment e ON e.id = n.enrolment_id"
                + " WHERE e.person_id = ? ORDER BY n.created_at", EnrolmentStore::notification, personId);
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        return new Notification(rs.getString("id"), rs.getString("enrolment_id"), rs.getString("municipality"),
                rs.getString("kind"), rs.getString("message"), Sql.instant(rs, "created_at"));
    }
}
