package org.asskomm.training.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.write.Writes;
import org.asskomm.training.api.EnrolmentStatus;

/**
 * Fills free seats from the waitlist, lowest ticket first. Each move-up is a write of its own (audit
 * {@code MOVE_UP}, event {@code MOVED_UP}) that joins the transaction which freed the seats, under the offer's lock.
 */
final class Waitlist {

    private final Writes writes;
    private final CatalogueStore catalogue = new CatalogueStore();
    private final EnrolmentStore enrolments = new EnrolmentStore();
    private final PersonStore people = new PersonStore();

    Waitlist(Writes writes) {
        this.writes = writes;
    }

    /** Call inside the transaction that holds the offer's lock; the person moved up gets a notification record. */
    void moveUp(Connection c, CurrentUser user, OfferRef offer, int capacity) throws SQLException {
        List<String> next = Seats.nextInLine(c, offer, capacity);
        if (next.isEmpty()) {
            return;
        }
        String title = catalogue.offerTitle(c, offer);
        for (String id : next) {
            writes.update(user, TrainingEntities.MOVING_UP, UUID.fromString(id), "MOVE_UP")
                    // the right was checked for the change that freed the seat; the move-up follows from it
                    .authorize((u, enrolment) -> { })
                    .event("MOVED_UP", TrainingPayloads.enrolment("MOVED_UP"))
                    .apply((tx, before) -> {
                        enrolments.setStatus(tx, id, EnrolmentStatus.ADMITTED);
                        // names the person and the offer; stored by key, read in the reader's language
                        String name = people.find(tx, before.personId()).map(p -> p.firstName() + " " + p.lastName())
                                .orElse(before.personId());
                        enrolments.notify(tx, id, before.municipality(), "MOVED_UP", Message.of(
                                "training.notification.movedUp", name, title, before.waitlistPosition()).stored());
                    });
        }
    }
}
