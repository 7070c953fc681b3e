package org.asskomm.funding.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.asskomm.funding.api.KnownConsultation;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.event.EventType;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the LPR consultations the agreements module reports (if it is installed), so that applicants and
 * reviewers see them next to the consultation an application names. Only the event topic and its payload
 * (docs/events.md) couple the modules; the copy is dated by the event ({@code date}, {@code occurredAt}).
 */
@Component(service = EventHandler.class,
        property = EventConstants.EVENT_TOPIC + "=" + ConsultationListener.TOPIC)
public class ConsultationListener implements EventHandler {

    static final String TOPIC = "org/asskomm/agreements/Consultation/RECORDED";
    private static final Logger LOG = LoggerFactory.getLogger(ConsultationListener.class);

    private final Database database;

    @Activate
    public ConsultationListener(@Reference Database database,
                                @Reference(target = "(asskomm.module=funding)") ModuleSchema schema) {
        this.database = database;
    }

    @Override
    public void handleEvent(Event event) {
        Object municipality = event.getProperty("municipality");
        Object id = event.getProperty("id");
        if (!(municipality instanceof String ags) || !Municipality.isWellFormedKey(ags) || id == null) {
            LOG.warn("Ignoring consultation event without municipality or id: {}", event);
            return;
        }
        Instant reported = instant(event.getProperty(EventType.OCCURRED_AT));
        if (reported == null) {
            LOG.warn("Ignoring consultation event {} without the time it was recorded (payload version {})", id,
                    event.getProperty(EventType.PAYLOAD_VERSION));
            return;
        }
        // dated by the event: the consultation's day and the time it was recorded, not the time it arrived here
        KnownConsultation consultation = new KnownConsultation(String.valueOf(id), ags,
                date(event.getProperty("date")), topics(event.getProperty("topics")), reported);
        // a copy of another module's record, not a change of the user's: no audit entry, no event of its own
        database.inTransaction(c -> KnownConsultationStore.insert(c, consultation));
    }

    private static Instant instant(Object value) {
        try {
            return value instanceof String s ? Instant.parse(s) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A date property: a LocalDate or its ISO text; null when absent or malformed. */
    static LocalDate date(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        try {
            return value == null ? null : LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Topics come as a String[] (the agreements module, payload version 1), a collection or one "; "-separated string. */
    static List<String> topics(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof String[] array) {
            result.addAll(List.of(array));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(o -> result.add(String.valueOf(o)));
        } else if (value != null) {
            for (String s : value.toString().split(";")) {
                result.add(s);
            }
        }
        return result.stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.length() > 200 ? s.substring(0, 200) : s).toList();
    }
}
