package org.asskomm.patrol.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asskomm.patrol.api.PlannedShift;
import org.asskomm.patrol.api.PlannedVisit;
import org.asskomm.platform.api.persistence.Sql;

/** SQL of plans, their shifts and visits. */
final class PlanStore {

    /** The stored head of a plan; metrics over hours are recomputed from the shifts. */
    record PlanHead(String id, String compoundId, LocalDate from, LocalDate to, Instant createdAt, int untouchedPlaces,
                    int untouchedReached, int placesVisited, BigDecimal maxDeviation, BigDecimal utilisation,
                    Integer duplicatedRoutes) {
    }

    void insert(Connection c, PlanHead head, List<PlannedShift> shifts) throws SQLException {
        Sql.update(c, "INSERT INTO patrol_plan (id, compound_id, period_from, period_to, created_at, untouched_places, "
                        + "untouched_reached, places_visited, max_deviation, utilisation, duplicated_routes) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                head.id(), head.compoundId(), head.from(), head.to(), head.createdAt(), head.untouchedPlaces(),
                head.untouchedReached(), head.placesVisited(), head.maxDeviation(), head.utilisation(),
                head.duplicatedRoutes());
        for (PlannedShift s : shifts) {
            Sql.update(c, "INSERT INTO patrol_shift (id, plan_id, compound_id, shift_date, officer_id, ags, hours, "
                            + "fixed_event, travel_minutes, partner_officer_id, break_minutes, break_at_minute) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), head.id(),
                    head.compoundId(), s.date(), s.officerId(), s.ags(), s.hours(), s.fixedEvent(), s.travelMinutes(),
                    s.partnerOfficerId(), s.breakMinutes(), s.breakAtMinute());
            int seq = 0;
            for (PlannedVisit v : s.route()) {
                Sql.update(c, "INSERT INTO patrol_shift_visit (shift_id, seq, place_id, arrival_minute, stay_minutes, "
                        + "reasons) VALUES (?, ?, ?, ?, ?, ?)", s.id(), seq++, v.placeId(), v.arrivalMinute(),
                        v.stayMinutes(), String.join(",", v.reasons()));
            }
        }
    }

    Optional<PlanHead> find(Connection c, String planId) throws SQLException {
        return Sql.queryOne(c, "SELECT * FROM patrol_plan WHERE id = ?",
                rs -> new PlanHead(rs.getString("id"), rs.getString("compound_id"), Sql.date(rs, "period_from"),
                        Sql.date(rs, "period_to"), Sql.instant(rs, "created_at"), rs.getInt("untouched_places"),
                        rs.getInt("untouched_reached"), rs.getInt("places_visited"), rs.getBigDecimal("max_deviation"),
                        rs.getBigDecimal("utilisation"), rs.getObject("duplicated_routes", Integer.class)),
                planId);
    }

    /** The shifts without their routes. */
    List<PlannedShift> shiftHeads(Connection c, String planId) throws SQLException {
        return Sql.query(c, "SELECT * FROM patrol_shift WHERE plan_id = ? ORDER BY shift_date, officer_id",
                rs -> new PlannedShift(rs.getString("id"), Sql.date(rs, "shift_date"), rs.getString("officer_id"),
                        rs.getString("ags"), rs.getBigDecimal("hours"), rs.getString("fixed_event"),
                        rs.getInt("travel_minutes"), List.of(), rs.getString("partner_officer_id"),
                        rs.getInt("break_minutes"), rs.getInt("break_at_minute")), planId);
    }

    List<PlannedShift> shifts(Connection c, String planId) throws SQLException {
        List<PlannedShift> result = new ArrayList<>();
        for (PlannedShift s : shiftHeads(c, planId)) {
            List<PlannedVisit> visits = Sql.query(c, "SELECT v.place_id, p.name, v.arrival_minute, v.stay_minutes, "
                    + "v.reasons FROM patrol_shift_visit v LEFT JOIN patrol_place p ON p.id = v.place_id "
                    + "WHERE v.shift_id = ? ORDER BY v.seq", rs -> new PlannedVisit(rs.getString(1), rs.getString(2),
                    rs.getInt(3), rs.getInt(4), reasons(rs.getString(5))), s.id());
            result.add(new PlannedShift(s.id(), s.date(), s.officerId(), s.ags(), s.hours(), s.fixedEvent(),
                    s.travelMinutes(), visits, s.partnerOfficerId(), s.breakMinutes(), s.breakAtMinute()));
        }
        return result;
    }

    private static List<String> reasons(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(","));
    }

    boolean shiftExists(Connection c, String compoundId, String shiftId) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM patrol_shift WHERE compound_id = ? AND id = ?", compoundId, shiftId) > 0;
    }
}
