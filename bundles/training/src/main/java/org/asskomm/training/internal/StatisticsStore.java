package org.asskomm.training.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.training.api.Count;
import org.asskomm.training.api.GraduateCount;

/**
 * Aggregates over enrolments. They read the municipality and sector copied onto each enrolment, never the
 * person, so anonymising people leaves every figure unchanged.
 */
final class StatisticsStore {

    private static final String PARTICIPATING = "e.status IN ('ADMITTED', 'ENROLLED', 'COMPLETED')";

    /** Participants per {@code column} of the enrolment (course_id, cohort_id, municipality, sector). */
    List<Count> participants(Connection c, String column, Integer year) throws SQLException {
        String yearFilter = year == null ? "" : " AND EXTRACT(YEAR FROM e.applied_at) = ?";
        Object[] params = year == null ? new Object[0] : new Object[] {year};
        String label = switch (column) {
            case "course_id" -> "(SELECT title FROM training_course x WHERE x.id = e.course_id)";
            case "cohort_id" -> "(SELECT p.title || ' (' || x.title || ')' FROM training_cohort x"
                    + " JOIN training_programme p ON p.id = x.programme_id WHERE x.id = e.cohort_id)";
            default -> "e." + column;
        };
        return Sql.query(c, "SELECT e." + column + " AS k, " + label + " AS label, COUNT(DISTINCT e.person_id) AS n"
                        + " FROM training_enrolment e WHERE " + PARTICIPATING + " AND e." + column + " IS NOT NULL"
                        + yearFilter + " GROUP BY e." + column + " ORDER BY n DESC, k",
                rs -> new Count(rs.getString("k"), rs.getString("label"), rs.getLong("n")), params);
    }

    List<GraduateCount> graduates(Connection c, Integer year) throws SQLException {
        String yearFilter = year == null ? "" : " AND EXTRACT(YEAR FROM e.completed_on) = ?";
        Object[] params = year == null ? new Object[0] : new Object[] {year};
        return Sql.query(c, "SELECT p.id, p.title, EXTRACT(YEAR FROM e.completed_on) AS y, COUNT(*) AS n"
                        + " FROM training_enrolment e JOIN training_cohort k ON k.id = e.cohort_id"
                        + " JOIN training_programme p ON p.id = k.programme_id"
                        + " WHERE e.status = 'COMPLETED'" + yearFilter
                        + " GROUP BY p.id, p.title, EXTRACT(YEAR FROM e.completed_on) ORDER BY y, p.title",
                rs -> new GraduateCount(rs.getString("id"), rs.getString("title"), rs.getInt("y"), rs.getLong("n")),
                params);
    }
}
