package org.asskomm.patrol.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asskomm.patrol.api.OffenceCategory;
import org.asskomm.patrol.api.OffenceCount;
import org.asskomm.patrol.api.PatrolLog;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of patrol logs and offence categories. */
final class LogStore {

    private static final String COLUMNS = "id, compound_id, shift_id, ags, started_at, ended_at, vehicle_id, km, "
            + "observations, warnings";

    /** A log's time span, for the working-time checks. */
    record Span(LocalDateTime start, LocalDateTime end) {
    }

    void insert(Connection c, PatrolLog log) throws SQLException {
        Sql.update(c, "INSERT INTO patrol_log (" + COLUMNS + ", log_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                log.id(), log.compoundId(), log.shiftId(), log.ags(), log.start(), log.end(), log.vehicleId(),
                log.km(), log.observations(), log.warnings(), log.start().toLocalDate());
        for (String officer : log.officerIds()) {
            Sql.update(c, "INSERT INTO patrol_log_officer (log_id, officer_id, log_date) VALUES (?, ?, ?)",
                    log.id(), officer, log.start().toLocalDate());
        }
        for (String place : log.placeIds()) {
            Sql.update(c, "INSERT INTO patrol_log_place (log_id, place_id) VALUES (?, ?)", log.id(), place);
        }
        for (OffenceCount o : log.offences()) {
            Sql.update(c, "INSERT INTO patrol_log_offence (log_id, category, offence_count) VALUES (?, ?, ?)",
                    log.id(), o.category(), o.count());
        }
    }

    /** The officer's logs that start on {@code day}. */
    List<Span> officerDay(Connection c, String officerId, LocalDate day) throws SQLException {
        return Sql.query(c, "SELECT l.started_at, l.ended_at FROM patrol_log l JOIN patrol_log_officer o "
                + "ON o.log_id = l.id WHERE o.officer_id = ? AND o.log_date = ?", rs -> new Span(
                rs.getTimestamp(1).toLocalDateTime(), rs.getTimestamp(2).toLocalDateTime()), officerId, day);
    }

    Page<PatrolLog> page(Connection c, String compoundId, String ags, LocalDate from, LocalDate to, PageRequest page)
            throws SQLException {
        Where where = new Where().eq("compound_id", compoundId).eq("ags", ags)
                .conditionIf(from, "log_date >= ?").conditionIf(to, "log_date <= ?");
        Page<PatrolLog> heads = Sql.page(c, COLUMNS, "patrol_log", where, "started_at, id", page, LogStore::head);
        List<PatrolLog> full = new ArrayList<>();
        for (PatrolLog h : heads.items()) {
            full.add(withDetails(c, h));
        }
        return new Page<>(full, heads.total(), heads.offset(), heads.limit());
    }

    Optional<PatrolLog> find(Connection c, String id) throws SQLException {
        Optional<PatrolLog> head = Sql.queryOne(c, "SELECT " + COLUMNS + " FROM patrol_log WHERE id = ?", LogStore::head,
                id);
        return head.isEmpty() ? head : Optional.of(withDetails(c, head.get()));
    }

    /** All logs of the compound that start within [from, to], without details. */
    List<PatrolLog> inPeriod(Connection c, String compoundId, LocalDate from, LocalDate to) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM patrol_log WHERE compound_id = ? AND log_date >= ? "
                + "AND log_date <= ? ORDER BY started_at, id", LogStore::head, compoundId, from, to);
    }

    private static PatrolLog withDetails(Connection c, PatrolLog h) throws SQLException {
        List<String> officers = Sql.query(c, "SELECT officer_id FROM patrol_log_officer WHERE log_id = ? "
                + "ORDER BY officer_id", rs -> rs.getString(1), h.id());
        List<String> places = Sql.query(c, "SELECT place_id FROM patrol_log_place WHERE log_id = ? ORDER BY place_id",
                rs -> rs.getString(1), h.id());
        List<OffenceCount> offences = Sql.query(c, "SELECT category, offence_count FROM patrol_log_offence "
                + "WHERE log_id = ? ORDER BY category", rs -> new OffenceCount(rs.getString(1), rs.getInt(2)), h.id());
        return new PatrolLog(h.id(), h.compoundId(), h.shiftId(), h.ags(), h.start(), h.end(), officers, h.vehicleId(),
                h.km(), places, h.observations(), offences, h.warnings());
    }

    private static PatrolLog head(ResultSet rs) throws SQLException {
        Timestamp start = rs.getTimestamp("started_at");
        Timestamp end = rs.getTimestamp("ended_at");
        BigDecimal km = rs.getBigDecimal("km");
        return new PatrolLog(rs.getString("id"), rs.getString("compound_id"), rs.getString("shift_id"),
                rs.getString("ags"), start.toLocalDateTime(), end.toLocalDateTime(), List.of(),
                rs.getString("vehicle_id"), km, List.of(), rs.getString("observations"), List.of(), rs.getInt("warnings"));
    }

    /** Offences recorded per place of the compound in logs from {@code from} (inclusive) to {@code to} (exclusive). */
    Map<String, Integer> offencesAtPlaces(Connection c, String compoundId, LocalDate from, LocalDate to)
            throws SQLException {
        Map<String, Integer> result = new HashMap<>();
        Sql.query(c, "SELECT p.place_id, SUM(o.offence_count) FROM patrol_log l "
                + "JOIN patrol_log_place p ON p.log_id = l.id JOIN patrol_log_offence o ON o.log_id = l.id "
                + "WHERE l.compound_id = ? AND l.log_date >= ? AND l.log_date < ? GROUP BY p.place_id",
                rs -> result.put(rs.getString(1), rs.getInt(2)), compoundId, from, to);
        return result;
    }

    List<OffenceCategory> categories(Connection c) throws SQLException {
        return Sql.query(c, "SELECT code, label FROM patrol_offence_category ORDER BY code",
                rs -> new OffenceCategory(rs.getString(1), rs.getString(2)));
    }

    Optional<OffenceCategory> category(Connection c, String code) throws SQLException {
        return Sql.queryOne(c, "SELECT code, label FROM patrol_offence_category WHERE code = ?",
                rs -> new OffenceCategory(rs.getString(1), rs.getString(2)), code);
    }

    void insertCategory(Connection c, OffenceCategory category) throws SQLException {
        Sql.update(c, "INSERT INTO patrol_offence_category (code, label) VALUES (?, ?)", category.code(), category.label());
    }
}
