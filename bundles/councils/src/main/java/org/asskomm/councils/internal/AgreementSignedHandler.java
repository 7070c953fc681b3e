package org.asskomm.councils.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.Topics;
import org.asskomm.platform.api.error.ProblemException;
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
 * When a cooperation agreement is signed (agreements module, if installed), the next step is a coordination
 * office and a council: open the municipality's council record as PLANNED unless it has one, planned from the
 * signing day the event carries (however late the event is processed). Knows the agreements module only by its
 * event topic and payload (docs/events.md).
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + AgreementSignedHandler.TOPIC)
public class AgreementSignedHandler implements EventHandler {

    static final String TOPIC = "org/asskomm/agreements/Agreement/SIGNED";
    /** The payload property with the signing day (ISO-8601), payload version 1 of the topic (docs/events.md). */
    static final String SIGNING_DAY = "date";
    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Logger LOG = LoggerFactory.getLogger(AgreementSignedHandler.class);

    private final CouncilService councils;

    @Activate
    public AgreementSignedHandler(@Reference CouncilService councils) {
        this.councils = councils;
    }

    @Override
    public void handleEvent(Event event) {
        Object ags = event.getProperty(Topics.MUNICIPALITY);
        if (!(ags instanceof String key) || !Municipality.isWellFormedKey(key)) {
            LOG.warn("Ignoring {} without a municipality key: {}", event.getTopic(), ags);
            return;
        }
        LocalDate signedOn = signingDay(event);
        if (signedOn == null) {
            LOG.warn("Ignoring {} for {} without a signing day (payload version {})", event.getTopic(), key,
                    event.getProperty(EventType.PAYLOAD_VERSION));
            return;
        }
        try {
            // the council and its coordination office are planned from the signing day, not the day of processing
            Council opened = councils.openPlannedIfAbsent(CurrentUser.SYSTEM, key, signedOn,
                    // people read this note in the history: the date, not the agreement's id
                    "Kooperationsvereinbarung unterzeichnet am " + signedOn.format(GERMAN_DATE)
                            + " (erfasst von " + event.getProperty(Topics.USER) + ")");
            if (opened != null) {
                LOG.info("Agreement signed in {}: council {} opened as PLANNED", key, opened.id());
            }
        } catch (ProblemException e) {
            // e.g. a municipality key the registry does not know: the agreement stays valid, the council waits
            LOG.warn("No council opened for {} after a signed agreement: {}", key, e.getMessage());
        } catch (RuntimeException e) {
            // never let a failure here disturb the agreements module or EventAdmin
            LOG.error("Could not open the council of {} after a signed agreement", key, e);
        }
    }

    /** The signing day from the payload, or null when the event does not carry a readable one. */
    private static LocalDate signingDay(Event event) {
        try {
            return event.getProperty(SIGNING_DAY) instanceof String day ? LocalDate.parse(day) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
