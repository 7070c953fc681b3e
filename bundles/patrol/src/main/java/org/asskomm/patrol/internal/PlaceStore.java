package org.asskomm.patrol.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.PlaceCategory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of places. "Untouched" is computed against a threshold date so that it is always current. */
final class PlaceStore {

    private static final String COLUMNS = "id, compound_id, ags, name, category, latitude, longitude, priority, "
            + "last_patrolled_on, untouched_at_start, version, required_officers";

    void insert(Connection c, Place p) throws SQLException {
        Sql.update(c, "INSERT INTO patrol_place (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.compoundId(), p.ags(), p.name(), p.category(), p.latitude(), p.longitude(), p.priority(),
                p.lastPatrolledOn(), p.untouchedAtStart(), p.version(), p.requiredOfficers());
    }

    void update(Connection c, Place p, int expectedVersion) throws SQLException {
        Sql.updateVersioned(c, "Place", p.id(), "UPDATE patrol_place SET ags = ?, name = ?, category = ?, latitude = ?, "
                        + "longitude = ?, priority = ?, last_patrolled_on = ?, required_officers = ?, version = ? "
                + "WHERE id = ? AND version = ?", p.ags(), p.name(), p.category(), p.latitude(), p.longitude(),
                p.priority(), p.lastPatrolledOn(), p.requiredOfficers(), p.version(), p.id(), expectedVersion);
    }

    Optional<Place> find(Connection c, String compoundId, String id, LocalDate untouchedBefore) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM patrol_place WHERE compound_id = ? AND id = ?",
                rs -> place(rs, untouchedBefore), compoundId, id);
    }

    /** The place with "untouched" as of {@code today}, against its compound's threshold. */
    Optional<Place> find(Connection c, String id, LocalDate today) throws SQLException {
        Optional<Object[]> owner = Sql.queryOne(c, "SELECT p.compound_id, c.untouched_after_days FROM patrol_place p "
                + "JOIN patrol_compound c ON c.id = p.compound_id WHERE p.id = ?",
                rs -> new Object[] {rs.getString(1), rs.getInt(2)}, id);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        return find(c, (String) owner.get()[0], id, today.minusDays((Integer) owner.get()[1]));
    }

    List<Place> all(Connection c, String compoundId, LocalDate untouchedBefore) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM patrol_place WHERE compound_id = ? ORDER BY ags, name, id",
                rs -> place(rs, untouchedBefore), compoundId);
    }

    Page<Place> page(Connection c, String compoundId, String ags, Boolean untouched, LocalDate untouchedBefore,
                     PageRequest page) throws SQLException {
        Where where = new Where().eq("compound_id", compoundId).eq("ags", ags);
        if (Boolean.TRUE.equals(untouched)) {
            where.condition("(last_patrolled_on IS NULL OR last_patrolled_on < ?)", untouchedBefore);
        } else if (Boolean.FALSE.equals(untouched)) {
            where.condition("last_patrolled_on >= ?", untouchedBefore);
        }
        return Sql.page(c, COLUMNS, "patrol_place", where, "ags, name, id", page, rs -> place(rs, untouchedBefore));
    }

    /** A patrol on {@code day}: last patrolled moves forward only; the first patrol since the start is kept. */
    void markPatrolled(Connection c, String placeId, LocalDate day, boolean sinceCompoundStart) throws SQLException {
        Sql.update(c, "UPDATE patrol_place SET last_patrolled_on = ? WHERE id = ? "
                + "AND (last_patrolled_on IS NULL OR last_patrolled_on < ?)", day, placeId, day);
        if (sinceCompoundStart) {
            Sql.update(c, "UPDATE patrol_place SET first_reached_on = ? WHERE id = ? "
                    + "AND (first_reached_on IS NULL OR first_reached_on > ?)", day, placeId, day);
        }
    }

    /** Rows: ags, places, patrolled within [since, asOf], formerly untouched, formerly untouched reached by asOf. */
    List<long[]> coverage(Connection c, String compoundId, String ags, LocalDate since, LocalDate asOf)
            throws SQLException {
        return Sql.query(c, "SELECT COUNT(*), "
                + "SUM(CASE WHEN last_patrolled_on >= ? AND last_patrolled_on <= ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN untouched_at_start THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN untouched_at_start AND first_reached_on <= ? THEN 1 ELSE 0 END) "
                + "FROM patrol_place WHERE compound_id = ? AND ags = ?",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)},
                since, asOf, asOf, compoundId, ags);
    }

    private static Place place(ResultSet rs, LocalDate untouchedBefore) throws SQLException {
        LocalDate last = Sql.date(rs, "last_patrolled_on");
        return new Place(rs.getString("id"), rs.getString("compound_id"), rs.getString("ags"), rs.getString("name"),
                Sql.enumValue(rs, "category", PlaceCategory.class), rs.getDouble("latitude"), rs.getDouble("longitude"),
                rs.getInt("priority"), last, last == null || last.isBefore(untouchedBefore),
                rs.getBoolean("untouched_at_start"), rs.getInt("version"), rs.getInt("required_officers"));
    }
}
