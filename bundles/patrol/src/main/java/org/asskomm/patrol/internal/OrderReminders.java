package org.asskomm.patrol.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.asskomm.patrol.api.PatrolEvents;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Topics;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The follow-up reminder: once an hour (first a minute after start) every open order past its due day that was not
 * yet announced is announced with {@code Order/OVERDUE}, once: the announcement is claimed by a conditional update,
 * so that two nodes or two runs never post it twice, and the event goes out after the commit.
 */
@Component(service = OrderReminders.class, immediate = true)
public class OrderReminders {

    private static final Logger LOG = LoggerFactory.getLogger(OrderReminders.class);

    private final Database database;
    private final EventAdmin events;
    private final Clock clock;
    private final OrderStore store = new OrderStore();
    private ScheduledExecutorService timer;

    @Activate
    public OrderReminders(@Reference Database database, @Reference EventAdmin events,
                          @Reference(target = "(asskomm.module=patrol)") ModuleSchema schema) {
        this(database, events, Clock.systemDefaultZone());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "asskomm-patrol-order-reminders");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::runQuietly, 1, 60, TimeUnit.MINUTES);
    }

    OrderReminders(Database database, EventAdmin events, Clock clock) {
        this.database = database;
        this.events = events;
        this.clock = clock;
    }

    @Deactivate
    void deactivate() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private void runQuietly() {
        try {
            int announced = announceOverdue();
            if (announced > 0) {
                LOG.info("Announced {} overdue patrol orders", announced);
            }
        } catch (RuntimeException e) {
            LOG.warn("Overdue patrol orders could not be announced; the next run tries again", e);
        }
    }

    /** Announces the orders that became overdue since the last run; returns how many. */
    int announceOverdue() {
        LocalDate today = LocalDate.now(clock);
        return database.inTransaction(c -> {
            int announced = 0;
            for (OrderStore.Overdue o : store.unannouncedOverdue(c, today)) {
                if (store.claimAnnouncement(c, o.id())) {
                    Event event = Topics.event(PatrolModule.ID, "Order", PatrolEvents.ORDER_OVERDUE.action(), o.ags(),
                            o.id(), CurrentUser.SYSTEM, PatrolEvents.ORDER_OVERDUE.complete(
                                    PatrolEvents.ORDER_OVERDUE.payload().with(PatrolEvents.COMPOUND_ID, o.compoundId())
                                            .with(PatrolEvents.AT_PLACE, o.placeId()).with(PatrolEvents.DUE, o.due())
                                            .build()));
                    database.afterCommit(() -> events.postEvent(event));
                    announced++;
                }
            }
            return announced;
        });
    }
}
