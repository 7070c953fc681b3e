package org.asskomm.funding.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asskomm.funding.api.Concept;
import org.asskomm.funding.api.KnownActionFields;
import org.asskomm.platform.api.persistence.Sql;

/** SQL of the concept revisions (written once, never changed) and of the action fields analyses published. */
final class ConceptStore {

    private ConceptStore() {
    }

    /** Writes revision {@code revision} of the concept; returns it as stored (without its checks). */
    static void insert(Connection c, String applicationId, int revision, Concept.Steps s,
                       List<Concept.Indicator> indicators, String startedFrom, Instant savedAt, String savedBy)
            throws SQLException {
        Sql.update(c, "INSERT INTO funding_concept (application_id, revision, problem, causes, goals, measures, "
                        + "implementation, evaluation, documentation, started_from, saved_at, saved_by) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", applicationId, revision, s.problem(),
                s.causes(), s.goals(), s.measures(), s.implementation(), s.evaluation(), s.documentation(),
                startedFrom, savedAt, savedBy);
        for (int i = 0; i < indicators.size(); i++) {
            Concept.Indicator k = indicators.get(i);
            Sql.update(c, "INSERT INTO funding_concept_indicator (application_id, revision, position, goal, name, "
                    + "unit, target) VALUES (?, ?, ?, ?, ?, ?, ?)", applicationId, revision, i, k.goal(), k.name(),
                    k.unit(), k.target());
        }
    }

    /** The highest revision number, 0 when the application has no concept yet. */
    static int latestRevision(Connection c, String applicationId) throws SQLException {
        return Sql.queryOne(c, "SELECT MAX(revision) FROM funding_concept WHERE application_id = ?",
                rs -> rs.getInt(1), applicationId).orElse(0);
    }

    /** A revision (the latest when {@code revision} is null), without its checks. */
    static Optional<Concept> load(Connection c, String applicationId, Integer revision) throws SQLException {
        int wanted = revision != null ? revision : latestRevision(c, applicationId);
        Optional<Concept> bare = Sql.queryOne(c, "SELECT * FROM funding_concept WHERE application_id = ? "
                + "AND revision = ?", ConceptStore::row, applicationId, wanted);
        return bare.isEmpty() ? bare : Optional.of(withIndicators(c, bare.get()));
    }

    static List<Concept> all(Connection c, String applicationId) throws SQLException {
        List<Concept> result = new ArrayList<>();
        for (Concept k : Sql.query(c, "SELECT * FROM funding_concept WHERE application_id = ? ORDER BY revision DESC",
                ConceptStore::row, applicationId)) {
            result.add(withIndicators(c, k));
        }
        return result;
    }

    private static Concept withIndicators(Connection c, Concept k) throws SQLException {
        List<Concept.Indicator> indicators = Sql.query(c, "SELECT goal, name, unit, target FROM "
                        + "funding_concept_indicator WHERE application_id = ? AND revision = ? ORDER BY position",
                rs -> new Concept.Indicator(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)),
                k.applicationId(), k.revision());
        return new Concept(k.applicationId(), k.revision(), k.steps(), indicators, k.startedFrom(), List.of(), false,
                k.savedAt(), k.savedBy());
    }

    private static Concept row(ResultSet rs) throws SQLException {
        return new Concept(rs.getString("application_id"), rs.getInt("revision"), new Concept.Steps(
                rs.getString("problem"), rs.getString("causes"), rs.getString("goals"), rs.getString("measures"),
                rs.getString("implementation"), rs.getString("evaluation"), rs.getString("documentation")),
                List.of(), rs.getString("started_from"), List.of(), false, Sql.instant(rs, "saved_at"),
                rs.getString("saved_by"));
    }

    /** Keeps what an analysis published; a later publication of the same analysis replaces the earlier one. */
    static void putActionFields(Connection c, KnownActionFields k) throws SQLException {
        Sql.update(c, "DELETE FROM funding_known_action_fields WHERE id = ?", k.id());
        Sql.update(c, "INSERT INTO funding_known_action_fields (id, municipality, published_on, action_fields) "
                + "VALUES (?, ?, ?, ?)", k.id(), k.municipality(), k.publishedOn(), String.join("\n", k.actionFields()));
    }

    /** The action fields published for a municipality, the latest publication first. */
    static List<KnownActionFields> actionFields(Connection c, String municipality) throws SQLException {
        return Sql.query(c, "SELECT * FROM funding_known_action_fields WHERE municipality = ? "
                + "ORDER BY published_on DESC, id", rs -> new KnownActionFields(rs.getString("id"),
                rs.getString("municipality"), Sql.date(rs, "published_on"),
                List.of(rs.getString("action_fields").split("\n"))), municipality);
    }
}
