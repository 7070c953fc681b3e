package org.asskomm.patrol.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asskomm.platform.api.persistence.Sql;

/** SQL of the citizens' reports clustered onto places (table patrol_hotspot_report). */
final class HotspotStore {

    /** A report as the patrol module keeps it for one compound. */
    record Row(String reportId, String compoundId, String placeId, String topic, String ags, String category,
               String placeText, Double latitude, Double longitude, LocalDate reportedOn, Instant receivedAt) {
    }

    List<String> compoundsOf(Connection c, String ags) throws SQLException {
        return Sql.query(c, "SELECT DISTINCT compound_id FROM patrol_member WHERE ags = ? ORDER BY compound_id",
                rs -> rs.getString(1), ags);
    }

    boolean known(Connection c, String reportId, String compoundId) throws SQLException {
        return Sql.queryOne(c, "SELECT 1 FROM patrol_hotspot_report WHERE report_id = ? AND compound_id = ?",
                rs -> 1, reportId, compoundId).isPresent();
    }

    /** The places of a municipality with their names and the descriptions earlier reports gave them. */
    List<Hotspots.Candidate> candidates(Connection c, String compoundId, String ags) throws SQLException {
        Map<String, double[]> position = new LinkedHashMap<>();
        Map<String, List<String>> descriptions = new LinkedHashMap<>();
        Sql.query(c, "SELECT id, name, latitude, longitude FROM patrol_place WHERE compound_id = ? AND ags = ? "
                + "ORDER BY id", rs -> {
                    position.put(rs.getString(1), new double[] {rs.getDouble(3), rs.getDouble(4)});
                    descriptions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    return null;
                }, compoundId, ags);
        Sql.query(c, "SELECT DISTINCT place_id, place_text FROM patrol_hotspot_report WHERE compound_id = ? "
                + "AND ags = ? AND place_text IS NOT NULL", rs -> {
                    descriptions.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    return null;
                }, compoundId, ags);
        List<Hotspots.Candidate> result = new ArrayList<>();
        position.forEach((id, p) -> result.add(new Hotspots.Candidate(id, p[0], p[1], descriptions.get(id))));
        return result;
    }

    /** The mean position of a municipality's places in the compound, for a report that gives no coordinates. */
    Optional<double[]> centre(Connection c, String compoundId, String ags) throws SQLException {
        return Sql.queryOne(c, "SELECT AVG(latitude), AVG(longitude), COUNT(*) FROM patrol_place "
                + "WHERE compound_id = ? AND ags = ?", rs -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getLong(3)}, compoundId, ags)
                .filter(row -> row[2] > 0);
    }

    void insert(Connection c, Row r) throws SQLException {
        Sql.update(c, "INSERT INTO patrol_hotspot_report (report_id, compound_id, place_id, topic, ags, category, "
                + "place_text, latitude, longitude, reported_on, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.reportId(), r.compoundId(), r.placeId(), r.topic(), r.ags(), r.category(), r.placeText(),
                r.latitude(), r.longitude(), r.reportedOn(), r.receivedAt());
    }

    /** Place id, day reported and category of every report of the compound made up to {@code asOf}. */
    List<String[]> reports(Connection c, String compoundId, LocalDate asOf) throws SQLException {
        return Sql.query(c, "SELECT place_id, reported_on, category FROM patrol_hotspot_report "
                + "WHERE compound_id = ? AND reported_on <= ? ORDER BY place_id, reported_on",
                rs -> new String[] {rs.getString(1), Sql.date(rs, "reported_on").toString(), rs.getString(3)},
                compoundId, asOf);
    }
}
