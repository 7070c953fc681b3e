package org.asskomm.journey.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.asskomm.journey.api.Step;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.Topics;
import org.asskomm.platform.api.event.EventType;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the events that some stage's step names (the stage list decides, not this code), for the event's
 * municipality and for the municipalities of a step's members property. Only the payload values the steps name are
 * kept. Knows the other modules by their topics and payloads only (docs/events.md); a module that is not installed
 * posts nothing. Events posted while this module was not running are not seen (they are not persisted).
 */
@Component(property = EventConstants.EVENT_TOPIC + "=org/asskomm/*")
public class JourneyRecorder implements EventHandler {

    static final int MAX_VALUE = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(JourneyRecorder.class);

    private final Database database;
    private final Executor executor;
    private final ExecutorService ownThread;

    /**
     * The schema reference makes the recorder wait until db/journey/ is applied. Recording runs on a thread of its
     * own, one event after the other: EventAdmin deny-lists a handler that takes longer than its timeout (Felix:
     * 5 s), which a busy database could otherwise cause.
     */
    @Activate
    public JourneyRecorder(@Reference Database database,
                           @Reference(target = "(asskomm.module=journey)") ModuleSchema schema) {
        this(database, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "asskomm-journey-recorder");
            t.setDaemon(true);
            return t;
        }));
    }

    /** For tests: records on the given executor ({@code Runnable::run}: in the caller's thread). */
    JourneyRecorder(Database database, Executor executor) {
        this.database = database;
        this.executor = executor;
        this.ownThread = executor instanceof ExecutorService service ? service : null;
    }

    @Deactivate
    void stop() throws InterruptedException {
        if (ownThread != null) {
            ownThread.shutdown();
            if (!ownThread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Journey recorder: events still queued at shutdown are not recorded");
                ownThread.shutdownNow();
            }
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (event.getTopic().startsWith("org/asskomm/" + JourneyModule.ID + "/")) {
            return;
        }
        try {
            executor.execute(() -> record(event));
        } catch (RejectedExecutionException e) {
            LOG.warn("Journey recorder stopped: {} not recorded", event.getTopic());
        }
    }

    private void record(Event event) {
        try {
            database.inTransaction(c -> {
                List<Step> steps = JourneyStore.stepsOf(c, event.getTopic());
                if (steps.isEmpty()) {
                    return null;
                }
                String recordId = truncated(String.valueOf(event.getProperty(Topics.ENTITY_ID)), 100);
                Instant occurredAt = occurredAt(event);
                Map<String, String> values = values(event, steps);
                Object ags = event.getProperty(Topics.MUNICIPALITY);
                if (ags instanceof String key && Municipality.isWellFormedKey(key)) {
                    JourneyStore.record(c, new JourneyStore.Milestone(key, event.getTopic(), recordId, occurredAt,
                            false, values));
                }
                for (String member : members(event, steps)) {
                    if (!member.equals(ags) && Municipality.isWellFormedKey(member)) {
                        JourneyStore.record(c, new JourneyStore.Milestone(member, event.getTopic(), recordId,
                                occurredAt, true, values));
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            // never disturb EventAdmin or the publishing module; the journey misses this milestone
            LOG.error("Could not record {} for the journey", event.getTopic(), e);
        }
    }

    /** The values of the properties the steps name, as text (lists joined by ", "). */
    static Map<String, String> values(Event event, List<Step> steps) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Step step : steps) {
            for (String name : new String[] {step.dateProperty(), step.detailProperty(), step.amountProperty(),
                    step.membersProperty()}) {
                Object value = name == null ? null : event.getProperty(name);
                String text = value instanceof String[] list ? String.join(", ", list) : value == null ? null
                        : String.valueOf(value);
                if (text != null && !text.isBlank()) {
                    values.put(name, truncated(text, MAX_VALUE));
                }
            }
        }
        return values;
    }

    private static String truncated(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static Set<String> members(Event event, List<Step> steps) {
        Set<String> members = new LinkedHashSet<>();
        for (Step step : steps) {
            if (step.membersProperty() != null && event.getProperty(step.membersProperty()) instanceof String[] list) {
                members.addAll(List.of(list));
            }
        }
        return members;
    }

    private static Instant occurredAt(Event event) {
        try {
            return event.getProperty(EventType.OCCURRED_AT) instanceof String at ? Instant.parse(at) : Instant.now();
        } catch (DateTimeParseException e) {
            return Instant.now();
        }
    }
}
