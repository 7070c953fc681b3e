package org.asskomm.patrol.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.asskomm.patrol.api.OrderStatus;
import org.asskomm.patrol.api.PatrolOrder;
import org.asskomm.patrol.api.PlaceCategory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of orders from the office to the field; "overdue" is judged for a given day when they are read. */
final class OrderStore {

    private static final String COLUMNS = "o.id, o.compound_id, o.ags, o.title, o.place_id, p.name AS place_name, "
            + "p.category AS place_category, o.due, o.details, o.status, o.version";
    private static final String FROM = "patrol_order o JOIN patrol_place p ON p.id = o.place_id";
    private static final String OFFICERS = "patrol_order_officer";

    void insert(Connection c, PatrolOrder order) throws SQLException {
        Sql.update(c, "INSERT INTO patrol_order (id, compound_id, ags, title, place_id, due, details, status, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", order.id(), order.compoundId(), order.ags(),
                order.title(), order.placeId(), order.due(), order.details(), order.status(), order.version());
        OfficerLinks.insert(c, OFFICERS, "order_id", order.id(), order.officerIds());
    }

    void setStatus(Connection c, String id, OrderStatus status, int version) throws SQLException {
        Sql.updateVersioned(c, "Order", id, "UPDATE patrol_order SET status = ?, overdue_announced = FALSE, "
                + "version = version + 1 WHERE id = ? AND version = ?", status, id, version);
    }

    /** An open order past its due day as of {@code today} and not yet announced, as the reminder run needs it. */
    record Overdue(String id, String compoundId, String ags, String placeId, LocalDate due) {
    }

    List<Overdue> unannouncedOverdue(Connection c, LocalDate today) throws SQLException {
        return Sql.query(c, "SELECT id, compound_id, ags, place_id, due FROM patrol_order WHERE status = ? AND due < ? "
                        + "AND overdue_announced = FALSE ORDER BY due, id", rs -> new Overdue(rs.getString("id"),
                        rs.getString("compound_id"), rs.getString("ags"), rs.getString("place_id"), Sql.date(rs, "due")),
                OrderStatus.OPEN.name(), today);
    }

    /** Claims the announcement of an order (false: another node or run did it first). */
    boolean claimAnnouncement(Connection c, String id) throws SQLException {
        return Sql.update(c, "UPDATE patrol_order SET overdue_announced = TRUE WHERE id = ? AND status = ? "
                + "AND overdue_announced = FALSE", id, OrderStatus.OPEN.name()) == 1;
    }

    Optional<PatrolOrder> find(Connection c, String id, LocalDate asOf) throws SQLException {
        Optional<PatrolOrder> head = Sql.queryOne(c, "SELECT " + COLUMNS + " FROM " + FROM + " WHERE o.id = ?",
                rs -> head(rs, asOf), id);
        return head.isEmpty() ? head : Optional.of(withDetails(c, head.get()));
    }

    /** Open and past due as of {@code asOf}: {@code overdue} true; open and not yet due, or done: false. */
    Page<PatrolOrder> page(Connection c, String compoundId, OrderStatus status, Boolean overdue, LocalDate asOf,
                           PageRequest page) throws SQLException {
        Where where = new Where().eq("o.compound_id", compoundId).eq("o.status", status == null ? null : status.name());
        if (Boolean.TRUE.equals(overdue)) {
            where.condition("o.status = ? AND o.due < ?", OrderStatus.OPEN.name(), asOf);
        } else if (Boolean.FALSE.equals(overdue)) {
            where.condition("(o.status <> ? OR o.due >= ?)", OrderStatus.OPEN.name(), asOf);
        }
        Page<PatrolOrder> heads = Sql.page(c, COLUMNS, FROM, where, "o.due, o.id", page, rs -> head(rs, asOf));
        return DetailedPages.complete(heads, h -> withDetails(c, h));
    }

    private static PatrolOrder withDetails(Connection c, PatrolOrder h) throws SQLException {
        return new PatrolOrder(h.id(), h.compoundId(), h.ags(), h.title(), h.placeId(), h.placeName(),
                h.placeCategory(), h.due(), OfficerLinks.load(c, OFFICERS, "order_id", h.id()), h.details(),
                h.status(), h.overdue(), Checklists.of(h.placeCategory()), h.version());
    }

    private static PatrolOrder head(ResultSet rs, LocalDate asOf) throws SQLException {
        OrderStatus status = Sql.enumValue(rs, "status", OrderStatus.class);
        LocalDate due = Sql.date(rs, "due");
        return new PatrolOrder(rs.getString("id"), rs.getString("compound_id"), rs.getString("ags"),
                rs.getString("title"), rs.getString("place_id"), rs.getString("place_name"),
                Sql.enumValue(rs, "place_category", PlaceCategory.class), due, List.of(), rs.getString("details"),
                status, status == OrderStatus.OPEN && due.isBefore(asOf), List.of(), rs.getInt("version"));
    }
}
