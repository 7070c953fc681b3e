package org.asskomm.councils.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.asskomm.councils.api.CoordinationOffice;
import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilScope;
import org.asskomm.councils.api.CouncilStatistics;
import org.asskomm.councils.api.CouncilStatus;
import org.asskomm.councils.api.OfficeStaff;
import org.asskomm.councils.api.RulesOfProcedure;
import org.asskomm.councils.api.Sector;
import org.asskomm.councils.api.StatusHistoryEntry;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of councils, their status history, coordination offices and the statistics. */
public class CouncilStore {

    private static final String COLUMNS = "id, ags, district, name, scope, status, status_since, chair, deputy_chair, "
            + "meeting_frequency, decision_rules, minutes_format, rules_adopted_on, created_at, version";

    public void insert(Connection c, Council council) throws SQLException {
        RulesOfProcedure r = council.rules();
        Sql.update(c, "INSERT INTO councils_council (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                council.id(), council.municipality(), council.district(), council.name(), council.scope(),
                council.status(), council.statusSince(), r.chair(), r.deputyChair(), r.meetingFrequency(),
                r.decisionRules(), r.minutesFormat(), r.adoptedOn(), council.createdAt(), council.version());
        for (String partner : council.partnerMunicipalities()) {
            Sql.update(c, "INSERT INTO councils_council_partner (council_id, ags) VALUES (?, ?)", council.id(), partner);
        }
        if (council.scope() != CouncilScope.DISTRICT) {
            // the primary key refuses a second local council for a municipality, also under concurrency
            claim(c, council.municipality(), council.id());
            for (String partner : council.partnerMunicipalities()) {
                claim(c, partner, council.id());
            }
        }
    }

    private static void claim(Connection c, String ags, String councilId) throws SQLException {
        Sql.update(c, "INSERT INTO councils_local_claim (ags, council_id) VALUES (?, ?)", ags, councilId);
    }

    /** The local council a municipality belongs to (as lead or partner), if any. */
    public Optional<String> localCouncilOf(Connection c, String ags) throws SQLException {
        return Sql.queryOne(c, "SELECT council_id FROM councils_local_claim WHERE ags = ?", rs -> rs.getString(1), ags);
    }

    public Optional<Council> find(Connection c, String id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM councils_council WHERE id = ?", id);
    }

    /** Reads and locks the council row for the rest of the transaction. */
    public Optional<Council> findForUpdate(Connection c, String id) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM councils_council WHERE id = ? FOR UPDATE", id);
    }

    /** Takes the council's row lock for the rest of the transaction (writes to its records). */
    static void lock(Connection c, String councilId) throws SQLException {
        Sql.queryOne(c, "SELECT id FROM councils_council WHERE id = ? FOR UPDATE", rs -> rs.getString(1), councilId);
    }

    private Optional<Council> one(Connection c, String sql, String id) throws SQLException {
        Optional<Council> council = Sql.queryOne(c, sql, CouncilStore::map, id);
        return council.isPresent() ? Optional.of(withPartners(c, council.get())) : council;
    }

    public Page<Council> list(Connection c, Where where, PageRequest page) throws SQLException {
        Page<Council> rows = Sql.page(c, COLUMNS, "councils_council", where, "district, name, id", page, CouncilStore::map);
        List<Council> items = new ArrayList<>();
        for (Council council : rows.items()) {
            items.add(withPartners(c, council));
        }
        return new Page<>(items, rows.total(), rows.offset(), rows.limit());
    }

    private Council withPartners(Connection c, Council council) throws SQLException {
        List<String> partners = Sql.query(c, "SELECT ags FROM councils_council_partner WHERE council_id = ? ORDER BY ags",
                rs -> rs.getString(1), council.id());
        return new Council(council.id(), council.municipality(), council.district(), council.name(), council.scope(),
                partners, council.status(), council.statusSince(), council.rules(), council.createdAt(), council.version());
    }

    private static Council map(ResultSet rs) throws SQLException {
        RulesOfProcedure rules = new RulesOfProcedure(rs.getString("chair"), rs.getString("deputy_chair"),
                rs.getString("meeting_frequency"), rs.getString("decision_rules"), rs.getString("minutes_format"),
                Sql.date(rs, "rules_adopted_on"));
        return new Council(rs.getString("id"), rs.getString("ags"), rs.getString("district"), rs.getString("name"),
                Sql.enumValue(rs, "scope", CouncilScope.class), List.of(),
                Sql.enumValue(rs, "status", CouncilStatus.class), Sql.date(rs, "status_since"), rules,
                Sql.instant(rs, "created_at"), rs.getInt("version"));
    }

    /** Writes name, status and rules of procedure; 409 when {@code expectedVersion} is stale. */
    public void update(Connection c, Council council, int expectedVersion) throws SQLException {
        RulesOfProcedure r = council.rules();
        Sql.updateVersioned(c, "Council", council.id(), "UPDATE councils_council SET name = ?, status = ?, status_since = ?, "
                        + "chair = ?, deputy_chair = ?, meeting_frequency = ?, decision_rules = ?, minutes_format = ?, "
                        + "rules_adopted_on = ?, version = ? WHERE id = ? AND version = ?",
                council.name(), council.status(), council.statusSince(), r.chair(), r.deputyChair(),
                r.meetingFrequency(), r.decisionRules(), r.minutesFormat(), r.adoptedOn(), council.version(),
                council.id(), expectedVersion);
    }

    // --- status history

    public void addHistory(Connection c, String councilId, StatusHistoryEntry entry) throws SQLException {
        Sql.update(c, "INSERT INTO councils_status_history (id, council_id, status, changed_on, recorded_at, user_name, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", Ids.next(), councilId, entry.status(), entry.on(),
                entry.recordedAt(), entry.user(), entry.note());
    }

    public List<StatusHistoryEntry> history(Connection c, String councilId) throws SQLException {
        return Sql.query(c, "SELECT status, changed_on, recorded_at, user_name, note FROM councils_status_history "
                        + "WHERE council_id = ? ORDER BY changed_on, recorded_at",
                rs -> new StatusHistoryEntry(Sql.enumValue(rs, "status", CouncilStatus.class), Sql.date(rs, "changed_on"),
                        Sql.instant(rs, "recorded_at"), rs.getString("user_name"), rs.getString("note")), councilId);
    }

    // --- coordination office

    public void insertOffice(Connection c, CoordinationOffice office) throws SQLException {
        Sql.update(c, "INSERT INTO councils_office (council_id, planned_on, set_up_on, hours_per_week, version) "
                        + "VALUES (?, ?, ?, ?, ?)", office.councilId(), office.plannedOn(), office.setUpOn(),
                office.hoursPerWeek(), office.version());
        writeStaff(c, office);
    }

    public void updateOffice(Connection c, CoordinationOffice office, int expectedVersion) throws SQLException {
        Sql.updateVersioned(c, "Coordination office", office.councilId(), "UPDATE councils_office SET planned_on = ?, "
                        + "set_up_on = ?, hours_per_week = ?, version = ? WHERE council_id = ? AND version = ?",
                office.plannedOn(), office.setUpOn(), office.hoursPerWeek(), office.version(), office.councilId(),
                expectedVersion);
        Sql.update(c, "DELETE FROM councils_office_staff WHERE council_id = ?", office.councilId());
        writeStaff(c, office);
    }

    private static void writeStaff(Connection c, CoordinationOffice office) throws SQLException {
        int position = 0;
        for (OfficeStaff s : office.staff()) {
            Sql.update(c, "INSERT INTO councils_office_staff (council_id, position, name, function, contact) "
                    + "VALUES (?, ?, ?, ?, ?)", office.councilId(), position++, s.name(), s.function(), s.contact());
        }
    }

    public Optional<CoordinationOffice> office(Connection c, String councilId) throws SQLException {
        List<OfficeStaff> staff = Sql.query(c, "SELECT name, function, contact FROM councils_office_staff "
                        + "WHERE council_id = ? ORDER BY position",
                rs -> new OfficeStaff(rs.getString("name"), rs.getString("function"), rs.getString("contact")), councilId);
        return Sql.queryOne(c, "SELECT council_id, planned_on, set_up_on, hours_per_week, version FROM councils_office "
                        + "WHERE council_id = ?",
                rs -> new CoordinationOffice(rs.getString("council_id"), Sql.date(rs, "planned_on"),
                        Sql.date(rs, "set_up_on"), rs.getBigDecimal("hours_per_week"), staff, rs.getInt("version")),
                councilId);
    }

    // --- statistics

    public CouncilStatistics statistics(Connection c, LocalDate today) throws SQLException {
        List<CouncilStatistics.StatusInDistrict> byStatus = Sql.query(c,
                "SELECT district, status, COUNT(*) AS n FROM councils_council GROUP BY district, status ORDER BY district, status",
                rs -> new CouncilStatistics.StatusInDistrict(rs.getString("district"),
                        Sql.enumValue(rs, "status", CouncilStatus.class), rs.getLong("n")));

        Map<Integer, long[]> years = new TreeMap<>();
        Sql.query(c, "SELECT EXTRACT(YEAR FROM changed_on) AS y, status, COUNT(DISTINCT council_id) AS n "
                        + "FROM councils_status_history WHERE status IN (?, ?) "
                        + "GROUP BY EXTRACT(YEAR FROM changed_on), status",
                rs -> {
                    long[] counts = years.computeIfAbsent(rs.getInt("y"), y -> new long[2]);
                    counts[CouncilStatus.valueOf(rs.getString("status")) == CouncilStatus.CONSTITUTED ? 0 : 1] = rs.getLong("n");
                    return null;
                }, CouncilStatus.CONSTITUTED, CouncilStatus.REACTIVATED);
        List<CouncilStatistics.Year> perYear = years.entrySet().stream()
                .map(e -> new CouncilStatistics.Year(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();

        Map<Sector, Long> sectors = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            sectors.put(s, 0L);
        }
        Sql.query(c, "SELECT sector, COUNT(*) AS n FROM councils_member WHERE member_since <= ? "
                        + "AND (member_until IS NULL OR member_until >= ?) GROUP BY sector",
                rs -> sectors.put(Sector.valueOf(rs.getString("sector")), rs.getLong("n")), today, today);
        List<CouncilStatistics.SectorTotal> bySector = sectors.entrySet().stream()
                .map(e -> new CouncilStatistics.SectorTotal(e.getKey(), e.getValue())).toList();
        return new CouncilStatistics(byStatus, perYear, bySector);
    }
}
