package org.asskomm.patrol.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.event.EventType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Citizens' reports of any module that publishes the generic topic {@code org/asskomm/<module>/Report/CREATED}
 * (docs/events.md, "Reactions"), e.g. the SDK's example plugin: each becomes a report of a hotspot place in every
 * compound of its municipality. Only the topic and its payload couple the modules; the report is dated by its
 * {@code reportedOn}, never by the time the event arrived.
 */
@Component(service = EventHandler.class, property = {
        EventConstants.EVENT_TOPIC + "=org/asskomm/*",
        EventConstants.EVENT_FILTER + "=(event.topics=org/asskomm/*/Report/CREATED)"})
public class ReportListener implements EventHandler {

    static final String SUFFIX = "/Report/CREATED";
    private static final Logger LOG = LoggerFactory.getLogger(ReportListener.class);

    private final HotspotBook book;

    @Activate
    public ReportListener(@Reference HotspotBook book) {
        this.book = book;
    }

    @Override
    public void handleEvent(Event event) {
        HotspotBook.Report report = report(event);
        if (report == null) {
            LOG.warn("Ignoring report event without municipality, id, category or day: {}", event);
            return;
        }
        int compounds = book.record(report);
        LOG.debug("Report {} of {} recorded in {} compound(s)", report.id(), report.ags(), compounds);
    }

    /** The report in the event, or null when a required property is missing or malformed. */
    static HotspotBook.Report report(Event event) {
        if (!event.getTopic().startsWith("org/asskomm/") || !event.getTopic().endsWith(SUFFIX)) {
            return null;
        }
        Object ags = event.getProperty("municipality");
        Object id = event.getProperty("id");
        Object category = event.getProperty("category");
        LocalDate reportedOn = date(event.getProperty("reportedOn"));
        if (!(ags instanceof String a) || !Municipality.isWellFormedKey(a) || id == null || reportedOn == null
                || category == null || String.valueOf(category).isBlank()) {
            return null;
        }
        Double latitude = number(event.getProperty("latitude"), 90);
        Double longitude = number(event.getProperty("longitude"), 180);
        boolean located = latitude != null && longitude != null;
        Object place = event.getProperty("place");
        String text = place == null || place.toString().isBlank() ? null : clip(place.toString().trim());
        Instant occurred = instant(event.getProperty(EventType.OCCURRED_AT));
        return new HotspotBook.Report(event.getTopic(), clip(String.valueOf(id)), a, clip(String.valueOf(category)),
                text, located ? latitude : null, located ? longitude : null, reportedOn,
                occurred == null ? Instant.now() : occurred);
    }

    private static String clip(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }

    private static Double number(Object value, double bound) {
        try {
            double d = value instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(value));
            return Double.isFinite(d) && Math.abs(d) <= bound ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(Object value) {
        try {
            return value == null ? null : LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(Object value) {
        try {
            return value instanceof String s ? Instant.parse(s) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
