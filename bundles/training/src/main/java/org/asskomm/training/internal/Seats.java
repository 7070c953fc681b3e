package org.asskomm.training.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.training.api.OfferStatus;

/**
 * The capacity invariant: a course or cohort never has more seats taken than it has. Every change of
 * seats runs after {@link #lock} in the same transaction, so concurrent applications on any number of
 * nodes queue on the offer's row; the lock order is the arrival order, which the waitlist tickets record.
 */
final class Seats {

    /** The offer's row as read under its lock. */
    record Locked(OfferRef ref, String title, int capacity, OfferStatus status, LocalDate startsOn,
                  int waitlistCounter, int version) {
    }

    private Seats() {
    }

    static Locked lock(Connection c, OfferRef ref) throws SQLException {
        return lockIfPresent(c, ref).orElseThrow(() -> NotFoundException.of("problem.notFound", ref.kind().entity(),
                ref.id()));
    }

    static Optional<Locked> lockIfPresent(Connection c, OfferRef ref) throws SQLException {
        OfferKind k = ref.kind();
        return Sql.queryOne(c, "SELECT title, capacity, status, " + k.startColumn
                        + " AS starts_on, waitlist_counter, version FROM " + k.table + " WHERE id = ? FOR UPDATE",
                rs -> new Locked(ref, rs.getString("title"), rs.getInt("capacity"),
                        Sql.enumValue(rs, "status", OfferStatus.class), Sql.date(rs, "starts_on"),
                        rs.getInt("waitlist_counter"), rs.getInt("version")), ref.id());
    }

    /** Seats held: admitted, enrolled and completed participants. */
    static long taken(Connection c, OfferRef ref) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM training_enrolment WHERE " + ref.kind().foreignKey
                + " = ? AND status IN ('ADMITTED', 'ENROLLED', 'COMPLETED')", ref.id());
    }

    static long waiting(Connection c, OfferRef ref) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM training_enrolment WHERE " + ref.kind().foreignKey
                + " = ? AND status = 'WAITLISTED'", ref.id());
    }

    /** Draws the next waitlist ticket (1, 2, 3, ...; never reused) of a locked offer. */
    static int nextWaitlistTicket(Connection c, Locked offer) throws SQLException {
        int ticket = offer.waitlistCounter() + 1;
        Sql.update(c, "UPDATE " + offer.ref().kind().table + " SET waitlist_counter = ? WHERE id = ?", ticket,
                offer.ref().id());
        return ticket;
    }

    /**
     * The waitlisted people who fit into the seats free now, lowest ticket first ({@link Waitlist} admits them).
     *
     * @return the ids of their enrolments, in order
     */
    static List<String> nextInLine(Connection c, OfferRef ref, int capacity) throws SQLException {
        long free = capacity - taken(c, ref);
        if (free <= 0) {
            return List.of();
        }
        return Sql.query(c, "SELECT id FROM training_enrolment WHERE " + ref.kind().foreignKey
                + " = ? AND status = 'WAITLISTED' ORDER BY waitlist_position LIMIT ?", rs -> rs.getString(1),
                ref.id(), (int) free);
    }
}
