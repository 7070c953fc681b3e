package org.asskomm.training.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.training.api.Cohort;
import org.asskomm.training.api.CohortRequest;
import org.asskomm.training.api.Course;
import org.asskomm.training.api.CourseFormat;
import org.asskomm.training.api.CourseRequest;
import org.asskomm.training.api.Degree;
import org.asskomm.training.api.OfferStatus;
import org.asskomm.training.api.Programme;
import org.asskomm.training.api.ProgrammeModule;
import org.asskomm.training.api.ProgrammeModuleRequest;
import org.asskomm.training.api.ProgrammeRequest;
import org.asskomm.training.api.Qualification;
import org.asskomm.training.api.Session;
import org.asskomm.training.api.SessionRequest;
import org.asskomm.training.api.TargetGroup;

/** SQL for the catalogue: courses, programmes with modules and requirements, cohorts, sessions. */
final class CatalogueStore {

    private static final String COURSE_COLUMNS = "id, title, description, format, place, capacity, fee, credit_hours,"
            + " status, starts_on, version";
    private static final String COHORT_COLUMNS = "c.id, c.programme_id, p.title AS programme_title, c.title,"
            + " c.intake_on, c.semesters, c.capacity, c.place, c.fee, c.status, c.version";
    private static final String COHORT_FROM = "training_cohort c JOIN training_programme p ON p.id = c.programme_id";

    // ---- courses

    void insertCourse(Connection c, String id, CourseRequest r) throws SQLException {
        LocalDate startsOn = r.sessions().stream().map(SessionRequest::startsOn).min(LocalDate::compareTo).orElseThrow();
        Sql.update(c, "INSERT INTO training_course (id, title, description, format, place, capacity, fee, credit_hours,"
                        + " status, starts_on, waitlist_counter, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 1)",
                id, r.title(), r.description(), r.format(), r.place(), r.capacity(), r.fee(), r.creditHours(),
                OfferStatus.OPEN, startsOn, Instant.now());
        replaceTargetGroups(c, id, r.targetGroups());
        insertSessions(c, OfferRef.course(id), r.sessions());
    }

    void updateCourse(Connection c, String id, CourseRequest r) throws SQLException {
        Sql.updateVersioned(c, "Course", id, "UPDATE training_course SET title = ?, description = ?, format = ?,"
                        + " place = ?, capacity = ?, fee = ?, credit_hours = ?, version = version + 1"
                        + " WHERE id = ? AND version = ?",
                r.title(), r.description(), r.format(), r.place(), r.capacity(), r.fee(), r.creditHours(), id,
                r.version());
        replaceTargetGroups(c, id, r.targetGroups());
    }

    void setStatus(Connection c, OfferRef ref, OfferStatus status) throws SQLException {
        Sql.update(c, "UPDATE " + ref.kind().table + " SET status = ?, version = version + 1 WHERE id = ?", status,
                ref.id());
    }

    private void replaceTargetGroups(Connection c, String courseId, Set<TargetGroup> groups) throws SQLException {
        Sql.update(c, "DELETE FROM training_course_target_group WHERE course_id = ?", courseId);
        for (TargetGroup g : groups) {
            Sql.update(c, "INSERT INTO training_course_target_group (course_id, target_group) VALUES (?, ?)", courseId, g);
        }
    }

    Optional<Course> course(Connection c, String id) throws SQLException {
        Optional<Course> bare = Sql.queryOne(c, "SELECT " + COURSE_COLUMNS + " FROM training_course WHERE id = ?",
                CatalogueStore::bareCourse, id);
        return bare.isEmpty() ? bare : Optional.of(complete(c, bare.get()));
    }

    Page<Course> courses(Connection c, OfferStatus status, Integer year, CourseFormat format, PageRequest page)
            throws SQLException {
        Where where = new Where().eq("status", status).eq("format", format)
                .conditionIf(year, "EXTRACT(YEAR FROM starts_on) = ?");
        Page<Course> bare = Sql.page(c, COURSE_COLUMNS, "training_course", where, "starts_on, title", page,
                CatalogueStore::bareCourse);
        List<Course> items = new java.util.ArrayList<>();
        for (Course course : bare.items()) {
            items.add(complete(c, course));
        }
        return new Page<>(items, bare.total(), bare.offset(), bare.limit());
    }

    /** Courses whose title matches exactly, for idempotent demo loading. */
    Optional<String> courseIdByTitle(Connection c, String title) throws SQLException {
        return Sql.queryOne(c, "SELECT id FROM training_course WHERE title = ?", rs -> rs.getString(1), title);
    }

    private static Course bareCourse(ResultSet rs) throws SQLException {
        return new Course(rs.getString("id"), rs.getString("title"), rs.getString("description"), Set.of(),
                Sql.enumValue(rs, "format", CourseFormat.class), rs.getString("place"), rs.getInt("capacity"),
                rs.getBigDecimal("fee"), rs.getBigDecimal("fee").signum() == 0, rs.getInt("credit_hours"),
                Sql.enumValue(rs, "status", OfferStatus.class), Sql.date(rs, "starts_on"), List.of(), 0, 0,
                rs.getInt("version"));
    }

    private Course complete(Connection c, Course b) throws SQLException {
        OfferRef ref = OfferRef.course(b.id());
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        groups.addAll(Sql.query(c, "SELECT target_group FROM training_course_target_group WHERE course_id = ?",
                rs -> Sql.enumValue(rs, "target_group", TargetGroup.class), b.id()));
        return new Course(b.id(), b.title(), b.description(), groups, b.format(), b.place(), b.capacity(), b.fee(),
                b.free(), b.creditHours(), b.status(), b.startsOn(), sessions(c, ref), Seats.taken(c, ref),
                Seats.waiting(c, ref), b.version());
    }

    // ---- sessions

    void insertSessions(Connection c, OfferRef ref, List<SessionRequest> sessions) throws SQLException {
        int position = (int) Sql.count(c, "SELECT COUNT(*) FROM training_session WHERE " + ref.kind().foreignKey
                + " = ?", ref.id());
        for (SessionRequest s : sessions) {
            position++;
            Sql.update(c, "INSERT INTO training_session (id, " + ref.kind().foreignKey
                            + ", position, title, starts_on, ends_on, place) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(), ref.id(), position, s.title(), s.startsOn(),
                    s.endsOn() == null ? s.startsOn() : s.endsOn(), s.place());
        }
    }

    List<Session> sessions(Connection c, OfferRef ref) throws SQLException {
        return Sql.query(c, "SELECT id, position, title, starts_on, ends_on, place FROM training_session WHERE "
                        + ref.kind().foreignKey + " = ? ORDER BY position",
                rs -> new Session(rs.getString("id"), rs.getInt("position"), rs.getString("title"),
                        Sql.date(rs, "starts_on"), Sql.date(rs, "ends_on"), rs.getString("place")), ref.id());
    }

    // ---- programmes

    void insertProgramme(Connection c, String id, ProgrammeRequest r) throws SQLException {
        Sql.update(c, "INSERT INTO training_programme (id, title, degree, institution, description, part_time, distance,"
                        + " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
                id, r.title(), r.degree(), r.institution(), r.description(), r.partTime(), r.distance(), Instant.now());
        for (Qualification q : r.admissionRequirements() == null ? Set.<Qualification>of() : r.admissionRequirements()) {
            Sql.update(c, "INSERT INTO training_programme_requirement (programme_id, requirement) VALUES (?, ?)", id, q);
        }
        int position = 0;
        for (ProgrammeModuleRequest m : r.modules()) {
            Sql.update(c, "INSERT INTO training_programme_module (id, programme_id, position, title, credit_hours)"
                    + " VALUES (?, ?, ?, ?, ?)", UUID.randomUUID().toString(), id, ++position, m.title(), m.creditHours());
        }
    }

    Optional<Programme> programme(Connection c, String id) throws SQLException {
        Optional<Programme> bare = Sql.queryOne(c, "SELECT * FROM training_programme WHERE id = ?",
                CatalogueStore::bareProgramme, id);
        return bare.isEmpty() ? bare : Optional.of(complete(c, bare.get()));
    }

    Optional<String> programmeIdByTitle(Connection c, String title) throws SQLException {
        return Sql.queryOne(c, "SELECT id FROM training_programme WHERE title = ?", rs -> rs.getString(1), title);
    }

    Page<Programme> programmes(Connection c, Degree degree, PageRequest page) throws SQLException {
        Page<Programme> bare = Sql.page(c, "*", "training_programme", new Where().eq("degree", degree), "title", page,
                CatalogueStore::bareProgramme);
        List<Programme> items = new java.util.ArrayList<>();
        for (Programme p : bare.items()) {
            items.add(complete(c, p));
        }
        return new Page<>(items, bare.total(), bare.offset(), bare.limit());
    }

    private static Programme bareProgramme(ResultSet rs) throws SQLException {
        return new Programme(rs.getString("id"), rs.getString("title"), Sql.enumValue(rs, "degree", Degree.class),
                rs.getString("institution"), rs.getString("description"), rs.getBoolean("part_time"),
                rs.getBoolean("distance"), Set.of(), List.of(), rs.getInt("version"));
    }

    private Programme complete(Connection c, Programme p) throws SQLException {
        Set<Qualification> requirements = EnumSet.noneOf(Qualification.class);
        requirements.addAll(Sql.query(c, "SELECT requirement FROM training_programme_requirement WHERE programme_id = ?",
                rs -> Sql.enumValue(rs, "requirement", Qualification.class), p.id()));
        return new Programme(p.id(), p.title(), p.degree(), p.institution(), p.description(), p.partTime(),
                p.distance(), requirements, modules(c, p.id()), p.version());
    }

    List<ProgrammeModule> modules(Connection c, String programmeId) throws SQLException {
        return Sql.query(c, "SELECT id, position, title, credit_hours FROM training_programme_module"
                        + " WHERE programme_id = ? ORDER BY position",
                rs -> new ProgrammeModule(rs.getString("id"), rs.getInt("position"), rs.getString("title"),
                        rs.getInt("credit_hours")), programmeId);
    }

    // ---- cohorts

    void insertCohort(Connection c, String id, String programmeId, CohortRequest r) throws SQLException {
        Sql.update(c, "INSERT INTO training_cohort (id, programme_id, title, intake_on, semesters, capacity, place, fee,"
                        + " status, waitlist_counter, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 1)",
                id, programmeId, r.title(), r.intakeOn(), r.semesters(), r.capacity(), r.place(), r.fee(),
                OfferStatus.OPEN, Instant.now());
        if (r.sessions() != null) {
            insertSessions(c, OfferRef.cohort(id), r.sessions());
        }
    }

    void updateCohort(Connection c, String id, CohortRequest r) throws SQLException {
        Sql.updateVersioned(c, "Cohort", id, "UPDATE training_cohort SET title = ?, intake_on = ?, semesters = ?,"
                        + " capacity = ?, place = ?, fee = ?, version = version + 1 WHERE id = ? AND version = ?",
                r.title(), r.intakeOn(), r.semesters(), r.capacity(), r.place(), r.fee(), id, r.version());
    }

    Optional<Cohort> cohort(Connection c, String id) throws SQLException {
        Optional<Cohort> bare = Sql.queryOne(c, "SELECT " + COHORT_COLUMNS + " FROM " + COHORT_FROM + " WHERE c.id = ?",
                CatalogueStore::bareCohort, id);
        return bare.isEmpty() ? bare : Optional.of(complete(c, bare.get()));
    }

    Optional<String> cohortIdByTitle(Connection c, String title) throws SQLException {
        return Sql.queryOne(c, "SELECT id FROM training_cohort WHERE title = ?", rs -> rs.getString(1), title);
    }

    Page<Cohort> cohorts(Connection c, String programmeId, OfferStatus status, Integer year, PageRequest page)
            throws SQLException {
        Where where = new Where().eq("c.programme_id", programmeId).eq("c.status", status)
                .conditionIf(year, "EXTRACT(YEAR FROM c.intake_on) = ?");
        Page<Cohort> bare = Sql.page(c, COHORT_COLUMNS, COHORT_FROM, where, "c.intake_on, c.title", page,
                CatalogueStore::bareCohort);
        List<Cohort> items = new java.util.ArrayList<>();
        for (Cohort cohort : bare.items()) {
            items.add(complete(c, cohort));
        }
        return new Page<>(items, bare.total(), bare.offset(), bare.limit());
    }

    private static Cohort bareCohort(ResultSet rs) throws SQLException {
        return new Cohort(rs.getString("id"), rs.getString("programme_id"), rs.getString("programme_title"),
                rs.getString("title"), Sql.date(rs, "intake_on"), rs.getInt("semesters"), rs.getInt("capacity"),
                rs.getString("place"), rs.getBigDecimal("fee"), Sql.enumValue(rs, "status", OfferStatus.class),
                List.of(), 0, 0, rs.getInt("version"));
    }

    private Cohort complete(Connection c, Cohort b) throws SQLException {
        OfferRef ref = OfferRef.cohort(b.id());
        return new Cohort(b.id(), b.programmeId(), b.programmeTitle(), b.title(), b.intakeOn(), b.semesters(),
                b.capacity(), b.place(), b.fee(), b.status(), sessions(c, ref), Seats.taken(c, ref),
                Seats.waiting(c, ref), b.version());
    }

    /** Title of a course or cohort (for notifications, certificates). */
    String offerTitle(Connection c, OfferRef ref) throws SQLException {
        if (ref.kind() == OfferKind.COURSE) {
            return Sql.queryOne(c, "SELECT title FROM training_course WHERE id = ?", rs -> rs.getString(1), ref.id())
                    .orElse("");
        }
        return Sql.queryOne(c, "SELECT p.title || ' (' || c.title || ')' FROM " + COHORT_FROM + " WHERE c.id = ?",
                rs -> rs.getString(1), ref.id()).orElse("");
    }
}
