package org.asskomm.analysis.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.analysis.api.Analysis;
import org.asskomm.analysis.api.AnalysisDraft;
import org.asskomm.analysis.api.AnalysisPhase;
import org.asskomm.analysis.api.AnalysisStatus;
import org.asskomm.analysis.api.PhaseChange;
import org.asskomm.analysis.api.PhasePlan;
import org.asskomm.analysis.api.PhaseStatus;
import org.asskomm.platform.api.persistence.Sql;

/** SQL of analysis projects and their phases. */
final class AnalysisStore {

    private AnalysisStore() {
    }

    /** Loads an analysis under a row lock on its project row (phase changes of one analysis go one at a time). */
    static Optional<Analysis> lock(Connection c, UUID id) throws SQLException {
        return load(c, id, " FOR UPDATE");
    }

    /** Loads an analysis without a lock (reads, which may run in a read-only transaction). */
    static Optional<Analysis> find(Connection c, UUID id) throws SQLException {
        return load(c, id, "");
    }

    private static Optional<Analysis> load(Connection c, UUID id, String lock) throws SQLException {
        Optional<Object[]> head = Sql.queryOne(c, "SELECT municipality, title, responsible, status, version"
                + " FROM analysis_project WHERE id = ?" + lock, rs -> new Object[] {rs.getString(1),
                        rs.getString(2), rs.getString(3), AnalysisStatus.valueOf(rs.getString(4)), rs.getInt(5)}, id);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = head.get();
        List<PhasePlan> phases = phases(c, id);
        AnalysisPhase current = phases.stream().filter(p -> p.status() != PhaseStatus.DONE).map(PhasePlan::phase)
                .findFirst().orElse(null);
        return Optional.of(new Analysis(id, (String) h[0], (String) h[1], (String) h[2], (AnalysisStatus) h[3],
                current, phases, (Integer) h[4]));
    }

    private static List<PhasePlan> phases(Connection c, UUID id) throws SQLException {
        return Sql.query(c, "SELECT phase, planned_start, planned_end, actual_start, actual_end, responsible, status"
                + " FROM analysis_phase WHERE project_id = ? ORDER BY sort_order", rs -> new PhasePlan(
                        AnalysisPhase.valueOf(rs.getString("phase")), Sql.date(rs, "planned_start"),
                        Sql.date(rs, "planned_end"), Sql.date(rs, "actual_start"), Sql.date(rs, "actual_end"),
                        rs.getString("responsible"), PhaseStatus.valueOf(rs.getString("status"))), id);
    }

    static void insert(Connection c, UUID id, AnalysisDraft d, Instant now) throws SQLException {
        Sql.update(c, "INSERT INTO analysis_project (id, municipality, title, responsible, status, created_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, 1)", id, d.municipality(), d.title().trim(), d.responsible(),
                AnalysisStatus.PLANNED, now);
        LocalDate start = d.plannedStart();
        for (AnalysisPhase p : AnalysisPhase.values()) {
            LocalDate end = start == null ? null : start.plusWeeks(p.plannedWeeks()).minusDays(1);
            Sql.update(c, "INSERT INTO analysis_phase (project_id, phase, sort_order, planned_start, planned_end,"
                    + " responsible, status) VALUES (?, ?, ?, ?, ?, ?, ?)", id, p, p.ordinal(), start, end,
                    d.responsible(), PhaseStatus.OPEN);
            start = end == null ? null : end.plusDays(1);
        }
    }

    static void update(Connection c, UUID id, String title, String responsible, AnalysisStatus status)
            throws SQLException {
        Sql.update(c, "UPDATE analysis_project SET title = ?, responsible = ?, status = ?, version = version + 1"
                + " WHERE id = ?", title, responsible, status, id);
    }

    static void updatePhase(Connection c, UUID id, AnalysisPhase phase, PhaseChange p) throws SQLException {
        Sql.update(c, "UPDATE analysis_phase SET planned_start = ?, planned_end = ?, actual_start = ?, actual_end = ?,"
                + " responsible = ?, status = ? WHERE project_id = ? AND phase = ?", p.plannedStart(),
                p.plannedEnd(), p.actualStart(), p.actualEnd(), p.responsible(), p.status(), id, phase);
    }
}
