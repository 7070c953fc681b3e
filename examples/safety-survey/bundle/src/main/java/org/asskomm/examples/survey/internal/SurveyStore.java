package org.asskomm.examples.survey.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.examples.survey.api.PhaseEntry;
import org.asskomm.examples.survey.api.Survey;
import org.asskomm.examples.survey.api.SurveyPhase;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of the survey tables; callers run it inside a transaction. */
final class SurveyStore {

    private SurveyStore() {
    }

    static void insert(Connection c, UUID id, String municipality, int year, LocalDate kickOffOn) throws SQLException {
        Sql.update(c, "INSERT INTO survey_survey (id, municipality, survey_year, phase, kick_off_on, version)"
                + " VALUES (?, ?, ?, ?, ?, 1)", id, municipality, year, SurveyPhase.KICK_OFF.name(), kickOffOn);
        Sql.update(c, "INSERT INTO survey_phase (survey_id, phase, entered_on) VALUES (?, ?, ?)",
                id, SurveyPhase.KICK_OFF.name(), kickOffOn);
    }

    static boolean exists(Connection c, String municipality, int year) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM survey_survey WHERE municipality = ? AND survey_year = ?",
                municipality, year) > 0;
    }

    /** Locks the survey row until the transaction ends, so that phase checks and writes do not interleave. */
    static void lock(Connection c, UUID id) throws SQLException {
        Sql.query(c, "SELECT id FROM survey_survey WHERE id = ? FOR UPDATE", rs -> rs.getString(1), id);
    }

    static void advance(Connection c, UUID id, SurveyPhase phase, LocalDate on, Integer sampleSize, int version)
            throws SQLException {
        Sql.updateVersioned(c, "Survey", id, "UPDATE survey_survey SET phase = ?,"
                + " sample_size = COALESCE(?, sample_size), version = version + 1 WHERE id = ? AND version = ?",
                phase.name(), sampleSize, id, version);
        Sql.update(c, "INSERT INTO survey_phase (survey_id, phase, entered_on) VALUES (?, ?, ?)", id, phase.name(), on);
    }

    static void insertResponse(Connection c, UUID surveyId, List<Integer> scores) throws SQLException {
        UUID responseId = UUID.randomUUID();
        Sql.update(c, "INSERT INTO survey_response (id, survey_id) VALUES (?, ?)", responseId, surveyId);
        for (int item = 0; item < scores.size(); item++) {
            if (scores.get(item) != null) {
                Sql.update(c, "INSERT INTO survey_answer (response_id, item_no, score) VALUES (?, ?, ?)",
                        responseId, item + 1, scores.get(item));
            }
        }
    }

    static long responses(Connection c, UUID surveyId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM survey_response WHERE survey_id = ?", surveyId);
    }

    /** Item scores per response of the surveys matching {@code where} (a condition on survey_survey s). */
    static List<List<Integer>> scores(Connection c, String where, Object... params) throws SQLException {
        Map<String, List<Integer>> byResponse = new LinkedHashMap<>();
        for (String[] row : Sql.query(c, "SELECT a.response_id, a.score FROM survey_answer a"
                + " JOIN survey_response r ON r.id = a.response_id JOIN survey_survey s ON s.id = r.survey_id"
                + " WHERE " + where + " ORDER BY a.response_id, a.item_no",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, params)) {
            byResponse.computeIfAbsent(row[0], k -> new ArrayList<>()).add(Integer.valueOf(row[1]));
        }
        return new ArrayList<>(byResponse.values());
    }

    /** Years in which the municipality has a completed survey, oldest first. */
    static List<Integer> reportYears(Connection c, String municipality) throws SQLException {
        return Sql.query(c, "SELECT survey_year FROM survey_survey WHERE municipality = ? AND phase = ?"
                + " ORDER BY survey_year", rs -> rs.getInt(1), municipality, SurveyPhase.REPORT.name());
    }

    static Optional<Survey> find(Connection c, UUID id) throws SQLException {
        Optional<Object[]> head = Sql.queryOne(c, "SELECT municipality, survey_year, phase, kick_off_on, sample_size,"
                + " version FROM survey_survey WHERE id = ?", rs -> new Object[] {rs.getString(1), rs.getInt(2),
                    Sql.enumValue(rs, "phase", SurveyPhase.class), Sql.date(rs, "kick_off_on"),
                    Sql.integer(rs, "sample_size"), rs.getInt(6)}, id);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] h = head.get();
        List<PhaseEntry> phases = Sql.query(c, "SELECT phase, entered_on FROM survey_phase WHERE survey_id = ?"
                + " ORDER BY entered_on, phase", rs -> new PhaseEntry(Sql.enumValue(rs, "phase", SurveyPhase.class),
                    Sql.date(rs, "entered_on")), id);
        phases = new ArrayList<>(phases);
        phases.sort((a, b) -> a.phase().compareTo(b.phase()));
        LocalDate kickOff = (LocalDate) h[3];
        return Optional.of(new Survey(id, (String) h[0], (Integer) h[1], (SurveyPhase) h[2], kickOff,
                kickOff.plusWeeks(SurveyPhase.PLANNED_WEEKS), (Integer) h[4], responses(c, id), phases, (Integer) h[5]));
    }

    /** @param visible municipalities the caller may read, or null for all */
    static Page<Survey> page(Connection c, String municipality, Integer year, SurveyPhase phase,
                             Collection<String> visible, PageRequest page) throws SQLException {
        Where where = new Where().eq("municipality", municipality).eq("survey_year", year)
                .eq("phase", phase == null ? null : phase.name());
        if (visible != null) {
            where.in("municipality", visible);
        }
        Page<String> ids = Sql.page(c, "id", "survey_survey", where, "survey_year DESC, municipality, id", page,
                rs -> rs.getString(1));
        List<Survey> items = new ArrayList<>();
        for (String id : ids.items()) {
            items.add(find(c, UUID.fromString(id)).orElseThrow());
        }
        return new Page<>(items, ids.total(), ids.offset(), ids.limit());
    }
}
