package org.asskomm.councils.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.Topics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a safety analysis publishes its top problems as action fields (analysis module, if installed), they become
 * proposals for the municipality's prevention council, whether or not it has a council yet: the working groups
 * take their mandates from them. Knows the analysis module only by its event topic and payload (docs/events.md,
 * payload version 1: {@code actionFields}, {@code problems}, {@code publishedOn}).
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + ActionFieldsPublishedHandler.TOPIC)
public class ActionFieldsPublishedHandler implements EventHandler {

    static final String TOPIC = "org/asskomm/analysis/Analysis/ACTION_FIELDS_PUBLISHED";
    static final String SOURCE = "analysis";
    private static final Logger LOG = LoggerFactory.getLogger(ActionFieldsPublishedHandler.class);

    private final CouncilAccess access;

    @Activate
    public ActionFieldsPublishedHandler(@Reference CouncilAccess access) {
        this.access = access;
    }

    @Override
    public void handleEvent(Event event) {
        Object ags = event.getProperty(Topics.MUNICIPALITY);
        Object id = event.getProperty(Topics.ENTITY_ID);
        List<String> titles = texts(event.getProperty("actionFields"));
        LocalDate publishedOn = day(event.getProperty("publishedOn"));
        if (!(ags instanceof String key) || !Municipality.isWellFormedKey(key) || id == null || titles == null
                || titles.stream().anyMatch(t -> t == null || t.isBlank() || t.length() > 200) || publishedOn == null) {
            LOG.warn("Ignoring {} with an unreadable payload (municipality {}, analysis {})", event.getTopic(), ags, id);
            return;
        }
        List<String> problems = texts(event.getProperty("problems"));
        try {
            access.database().inTransaction(c -> {
                ActionProposals.replace(c, key, SOURCE, id.toString(), titles, problems == null ? List.of() : problems,
                        publishedOn);
                return null;
            });
            LOG.info("Safety analysis {} proposed {} action fields to the council of {}", id, titles.size(), key);
        } catch (RuntimeException e) {
            // never let a failure here disturb the analysis module or EventAdmin
            LOG.error("Could not record the action fields of analysis {} for {}", id, key, e);
        }
    }

    private static List<String> texts(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
            return list.stream().map(String.class::cast).toList();
        }
        return null;
    }

    private static LocalDate day(Object value) {
        try {
            return value instanceof String day ? LocalDate.parse(day) : value instanceof LocalDate d ? d : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
