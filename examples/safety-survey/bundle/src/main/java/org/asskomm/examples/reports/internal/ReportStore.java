package org.asskomm.examples.reports.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.examples.reports.api.Report;
import org.asskomm.examples.reports.api.ReportCategory;
import org.asskomm.examples.reports.api.ReportDraft;
import org.asskomm.examples.reports.api.ReportStatus;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of the report table; callers run it inside a transaction. */
final class ReportStore {

    private static final String COLUMNS = "id, municipality, category, place, latitude, longitude, reported_on, "
            + "description, status, version";

    private ReportStore() {
    }

    static void insert(Connection c, UUID id, ReportDraft d) throws SQLException {
        Sql.update(c, "INSERT INTO citizenreports_report (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                id, d.municipality(), d.category().name(), blankToNull(d.place()), d.latitude(), d.longitude(),
                d.reportedOn(), blankToNull(d.description()), ReportStatus.RECEIVED.name());
    }

    static void changeStatus(Connection c, UUID id, ReportStatus status, int version) throws SQLException {
        Sql.updateVersioned(c, "Report", id, "UPDATE citizenreports_report SET status = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?", status.name(), id, version);
    }

    /** Locks the report row until the transaction ends, so that status checks and writes do not interleave. */
    static Optional<Report> lockAndFind(Connection c, UUID id) throws SQLException {
        Sql.query(c, "SELECT id FROM citizenreports_report WHERE id = ? FOR UPDATE", rs -> rs.getString(1), id);
        return find(c, id);
    }

    static Optional<Report> find(Connection c, UUID id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM citizenreports_report WHERE id = ?", ReportStore::report,
                id);
    }

    /** @param visible municipalities the caller may read, or null for all */
    static Page<Report> page(Connection c, String municipality, ReportCategory category, ReportStatus status,
                             Collection<String> visible, PageRequest page) throws SQLException {
        Where where = new Where().eq("municipality", municipality)
                .eq("category", category == null ? null : category.name())
                .eq("status", status == null ? null : status.name());
        if (visible != null) {
            where.in("municipality", visible);
        }
        return Sql.page(c, COLUMNS, "citizenreports_report", where, "reported_on DESC, municipality, id", page,
                ReportStore::report);
    }

    private static Report report(ResultSet rs) throws SQLException {
        return new Report(UUID.fromString(rs.getString("id")), rs.getString("municipality"),
                Sql.enumValue(rs, "category", ReportCategory.class), rs.getString("place"), number(rs, "latitude"),
                number(rs, "longitude"), Sql.date(rs, "reported_on"), rs.getString("description"),
                Sql.enumValue(rs, "status", ReportStatus.class), rs.getInt("version"));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        double d = rs.getDouble(column);
        return rs.wasNull() ? null : d;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
