package org.asskomm.patrol.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asskomm.patrol.api.Authority;
import org.asskomm.patrol.api.LegalBasis;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.ResourceKind;
import org.asskomm.patrol.api.SharedResource;
import org.asskomm.patrol.api.TravelMode;
import org.asskomm.platform.api.persistence.Sql;

/** SQL of shared resources (vehicles) and officers with their qualifications and authorities. */
final class ResourceStore {

    private static final String RESOURCE_COLUMNS = "id, compound_id, name, kind, monthly_fixed, per_km, per_hour, version";
    private static final String OFFICER_COLUMNS = "id, compound_id, name, home_ags, weekly_hours, version, travel_mode";

    void insert(Connection c, SharedResource r) throws SQLException {
        Sql.update(c, "INSERT INTO patrol_resource (" + RESOURCE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(), r.compoundId(), r.name(), r.kind(), r.monthlyFixed(), r.perKm(), r.perHour(), r.version());
    }

    void update(Connection c, SharedResource r, int expectedVersion) throws SQLException {
        Sql.updateVersioned(c, "Resource", r.id(), "UPDATE patrol_resource SET name = ?, kind = ?, monthly_fixed = ?, "
                        + "per_km = ?, per_hour = ?, version = ? WHERE id = ? AND version = ?", r.name(), r.kind(),
                r.monthlyFixed(), r.perKm(), r.perHour(), r.version(), r.id(), expectedVersion);
    }

    List<SharedResource> resources(Connection c, String compoundId) throws SQLException {
        return Sql.query(c, "SELECT " + RESOURCE_COLUMNS + " FROM patrol_resource WHERE compound_id = ? ORDER BY name, id",
                ResourceStore::resource, compoundId);
    }

    Optional<SharedResource> resource(Connection c, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + RESOURCE_COLUMNS + " FROM patrol_resource WHERE id = ?",
                ResourceStore::resource, id);
    }

    private static SharedResource resource(ResultSet rs) throws SQLException {
        return new SharedResource(rs.getString("id"), rs.getString("compound_id"), rs.getString("name"),
                Sql.enumValue(rs, "kind", ResourceKind.class), rs.getBigDecimal("monthly_fixed"),
                rs.getBigDecimal("per_km"), rs.getBigDecimal("per_hour"), rs.getInt("version"));
    }

    void insert(Connection c, Officer o) throws SQLException {
        Sql.update(c, "INSERT INTO patrol_officer (" + OFFICER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                o.id(), o.compoundId(), o.name(), o.homeAgs(), o.weeklyHours(), o.version(), o.mode());
        insertQualifications(c, o);
        insertAuthorities(c, o);
    }

    void update(Connection c, Officer o, int expectedVersion) throws SQLException {
        Sql.updateVersioned(c, "Officer", o.id(), "UPDATE patrol_officer SET name = ?, home_ags = ?, weekly_hours = ?, "
                + "travel_mode = ?, version = ? WHERE id = ? AND version = ?", o.name(), o.homeAgs(), o.weeklyHours(),
                o.mode(), o.version(), o.id(), expectedVersion);
        Sql.update(c, "DELETE FROM patrol_officer_qualification WHERE officer_id = ?", o.id());
        insertQualifications(c, o);
        Sql.update(c, "DELETE FROM patrol_officer_authority WHERE officer_id = ?", o.id());
        insertAuthorities(c, o);
    }

    private static void insertQualifications(Connection c, Officer o) throws SQLException {
        for (String q : o.qualifications()) {
            Sql.update(c, "INSERT INTO patrol_officer_qualification (officer_id, qualification) VALUES (?, ?)", o.id(), q);
        }
    }

    private static void insertAuthorities(Connection c, Officer o) throws SQLException {
        int seq = 0;
        for (Authority a : o.authorities()) {
            Sql.update(c, "INSERT INTO patrol_officer_authority (officer_id, seq, ags, valid_from, valid_to, basis, "
                    + "reference) VALUES (?, ?, ?, ?, ?, ?, ?)", o.id(), seq++, a.ags(), a.validFrom(), a.validTo(),
                    a.basis(), a.reference());
        }
    }

    List<Officer> officers(Connection c, String compoundId) throws SQLException {
        List<Officer> rows = Sql.query(c, "SELECT " + OFFICER_COLUMNS + " FROM patrol_officer WHERE compound_id = ? "
                + "ORDER BY name, id", ResourceStore::officer, compoundId);
        List<Officer> result = new ArrayList<>();
        for (Officer o : rows) {
            result.add(withQualifications(c, o));
        }
        return result;
    }

    Optional<Officer> officer(Connection c, String id) throws SQLException {
        Optional<Officer> row = Sql.queryOne(c, "SELECT " + OFFICER_COLUMNS + " FROM patrol_officer WHERE id = ?",
                ResourceStore::officer, id);
        return row.isEmpty() ? row : Optional.of(withQualifications(c, row.get()));
    }

    private static Officer withQualifications(Connection c, Officer o) throws SQLException {
        List<String> q = Sql.query(c, "SELECT qualification FROM patrol_officer_qualification WHERE officer_id = ? "
                + "ORDER BY qualification", rs -> rs.getString(1), o.id());
        List<Authority> authorities = Sql.query(c, "SELECT ags, valid_from, valid_to, basis, reference "
                + "FROM patrol_officer_authority WHERE officer_id = ? ORDER BY seq", rs -> new Authority(
                rs.getString("ags"), Sql.date(rs, "valid_from"), Sql.date(rs, "valid_to"),
                Sql.enumValue(rs, "basis", LegalBasis.class), rs.getString("reference")), o.id());
        return new Officer(o.id(), o.compoundId(), o.name(), o.homeAgs(), o.weeklyHours(), q, o.version(), o.mode(),
                authorities);
    }

    private static Officer officer(ResultSet rs) throws SQLException {
        return new Officer(rs.getString("id"), rs.getString("compound_id"), rs.getString("name"),
                rs.getString("home_ags"), rs.getBigDecimal("weekly_hours"), List.of(), rs.getInt("version"),
                Sql.enumValue(rs, "travel_mode", TravelMode.class), List.of());
    }

    /** Locks the officers' rows in id order (no deadlock between two logs of the same officers). */
    void lockOfficers(Connection c, List<String> ids) throws SQLException {
        for (String id : ids.stream().sorted().toList()) {
            Sql.query(c, "SELECT id FROM patrol_officer WHERE id = ? FOR UPDATE", rs -> rs.getString(1), id);
        }
    }
}
