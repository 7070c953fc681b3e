package org.asskomm.analysis.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.analysis.api.AgeGroup;
import org.asskomm.analysis.api.Sex;
import org.asskomm.analysis.api.Stratum;
import org.asskomm.analysis.api.Survey;
import org.asskomm.analysis.api.SurveyStatus;
import org.asskomm.platform.api.persistence.Sql;

/** SQL of surveys, their register extract and strata. */
final class SurveyStore {

    /** A cell of the strata: age group and sex, ordered as the enums are. */
    record Cell(AgeGroup ageGroup, Sex sex) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell o) {
            int c = ageGroup.compareTo(o.ageGroup);
            return c != 0 ? c : sex.compareTo(o.sex);
        }
    }

    private SurveyStore() {
    }

    static Optional<Survey> lock(Connection c, UUID id) throws SQLException {
        return load(c, id, " FOR UPDATE");
    }

    static Optional<Survey> find(Connection c, UUID id) throws SQLException {
        return load(c, id, "");
    }

    private static Optional<Survey> load(Connection c, UUID id, String lock) throws SQLException {
        Optional<Survey> s = Sql.queryOne(c, "SELECT * FROM analysis_survey WHERE id = ?" + lock, rs -> new Survey(id,
                Sql.uuid(rs, "project_id"), rs.getString("municipality"), rs.getString("item_bank"),
                SurveyStatus.valueOf(rs.getString("status")), rs.getInt("reference_year"), rs.getInt("register_rows"),
                0, (Long) rs.getObject("seed", Long.class), Sql.integer(rs, "sample_size"),
                (Boolean) rs.getObject("stratified", Boolean.class), Sql.instant(rs, "exported_at"),
                Sql.instant(rs, "personal_data_deleted_at"), rs.getInt("version")), id);
        if (s.isEmpty()) {
            return s;
        }
        long stored = Sql.count(c, "SELECT COUNT(*) FROM analysis_register_person WHERE survey_id = ?", id);
        Survey v = s.get();
        return Optional.of(new Survey(v.id(), v.analysisId(), v.municipality(), v.itemBank(), v.status(),
                v.referenceYear(), v.registerRows(), stored, v.seed(), v.sampleSize(), v.stratified(), v.exportedAt(),
                v.personalDataDeletedAt(), v.version()));
    }

    static Optional<UUID> ofAnalysis(Connection c, UUID analysisId) throws SQLException {
        return Sql.queryOne(c, "SELECT id FROM analysis_survey WHERE project_id = ?", rs -> Sql.uuid(rs, "id"),
                analysisId);
    }

    static void insert(Connection c, UUID id, UUID analysisId, String municipality, String itemBank, int year)
            throws SQLException {
        Sql.update(c, "INSERT INTO analysis_survey (id, project_id, municipality, item_bank, status, reference_year,"
                + " register_rows, version) VALUES (?, ?, ?, ?, ?, ?, 0, 1)", id, analysisId, municipality, itemBank,
                SurveyStatus.CREATED, year);
    }

    static void replaceRegister(Connection c, UUID id, List<RegisterCsv.Person> persons) throws SQLException {
        Sql.update(c, "DELETE FROM analysis_register_person WHERE survey_id = ?", id);
        Sql.update(c, "DELETE FROM analysis_stratum WHERE survey_id = ?", id);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO analysis_register_person (survey_id, line_no,"
                + " family_name, given_names, street, postcode, city, age_group, sex, sampled)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE)")) {
            for (RegisterCsv.Person p : persons) {
                Sql.bind(ps, id, p.line(), p.familyName(), p.givenNames(), p.street(), p.postcode(), p.city(),
                        p.ageGroup(), p.sex());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<Cell, Long> counts = persons.stream().collect(java.util.stream.Collectors.groupingBy(
                p -> new Cell(p.ageGroup(), p.sex()), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        for (Map.Entry<Cell, Long> e : counts.entrySet()) {
            Sql.update(c, "INSERT INTO analysis_stratum (survey_id, age_group, sex, population, sampled)"
                    + " VALUES (?, ?, ?, ?, 0)", id, e.getKey().ageGroup(), e.getKey().sex(), e.getValue().intValue());
        }
        Sql.update(c, "UPDATE analysis_survey SET register_rows = ?, status = ?, seed = NULL, sample_size = NULL,"
                + " stratified = NULL, version = version + 1 WHERE id = ?", persons.size(),
                SurveyStatus.REGISTER_UPLOADED, id);
    }

    /** The cell of every register line, in line order. */
    static List<Cell> cells(Connection c, UUID id) throws SQLException {
        return Sql.query(c, "SELECT age_group, sex FROM analysis_register_person WHERE survey_id = ? ORDER BY line_no",
                rs -> new Cell(AgeGroup.valueOf(rs.getString(1)), Sex.valueOf(rs.getString(2))), id);
    }

    static void markSample(Connection c, UUID id, List<Integer> lines, long seed, boolean stratified)
            throws SQLException {
        Sql.update(c, "UPDATE analysis_register_person SET sampled = FALSE WHERE survey_id = ?", id);
        try (PreparedStatement ps = c.prepareStatement("UPDATE analysis_register_person SET sampled = TRUE"
                + " WHERE survey_id = ? AND line_no = ?")) {
            for (Integer line : lines) {
                Sql.bind(ps, id, line);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Sql.update(c, "UPDATE analysis_stratum SET sampled = (SELECT COUNT(*) FROM analysis_register_person p"
                + " WHERE p.survey_id = analysis_stratum.survey_id AND p.age_group = analysis_stratum.age_group"
                + " AND p.sex = analysis_stratum.sex AND p.sampled = TRUE) WHERE survey_id = ?", id);
        Sql.update(c, "UPDATE analysis_survey SET seed = ?, sample_size = ?, stratified = ?, status = ?,"
                + " version = version + 1 WHERE id = ?", seed, lines.size(), stratified, SurveyStatus.SAMPLED, id);
    }

    static List<Integer> sampledLines(Connection c, UUID id) throws SQLException {
        return Sql.query(c, "SELECT line_no FROM analysis_register_person WHERE survey_id = ? AND sampled = TRUE"
                + " ORDER BY line_no", rs -> rs.getInt(1), id);
    }

    /** The strata with their response counts. */
    static List<Stratum> strata(Connection c, UUID id) throws SQLException {
        return Sql.query(c, "SELECT s.age_group, s.sex, s.population, s.sampled, (SELECT COUNT(*) FROM"
                + " analysis_response r WHERE r.survey_id = s.survey_id AND r.age_group = s.age_group AND r.sex = s.sex)"
                + " FROM analysis_stratum s WHERE s.survey_id = ?", rs -> new Stratum(AgeGroup.valueOf(rs.getString(1)),
                        Sex.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4), rs.getLong(5)), id)
                .stream().sorted(java.util.Comparator.comparing((Stratum s) -> new Cell(s.ageGroup(), s.sex())))
                .toList();
    }
}
