package org.asskomm.funding.internal;

import java.time.LocalDate;
import java.util.List;

import org.asskomm.funding.api.KnownActionFields;
import org.asskomm.platform.api.Municipality;
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
 * Keeps the action fields a safety analysis published (the analysis module's documented event, docs/events.md), so
 * that a project concept can start from them. Only the topic and its payload couple the modules; dated by the
 * payload's {@code publishedOn}; a later publication of the same analysis replaces the earlier one.
 */
@Component(service = EventHandler.class,
        property = EventConstants.EVENT_TOPIC + "=" + ActionFieldsListener.TOPIC)
public class ActionFieldsListener implements EventHandler {

    static final String TOPIC = "org/asskomm/analysis/Analysis/ACTION_FIELDS_PUBLISHED";
    private static final Logger LOG = LoggerFactory.getLogger(ActionFieldsListener.class);

    private final Database database;

    @Activate
    public ActionFieldsListener(@Reference Database database,
                                @Reference(target = "(asskomm.module=funding)") ModuleSchema schema) {
        this.database = database;
    }

    @Override
    public void handleEvent(Event event) {
        Object municipality = event.getProperty("municipality");
        Object id = event.getProperty("id");
        LocalDate published = ConsultationListener.date(event.getProperty("publishedOn"));
        List<String> fields = ConsultationListener.topics(event.getProperty("actionFields"));
        if (!(municipality instanceof String ags) || !Municipality.isWellFormedKey(ags) || id == null
                || published == null || fields.isEmpty()) {
            LOG.warn("Ignoring action field event without municipality, id, publishedOn or action fields: {}", event);
            return;
        }
        database.inTransaction(c -> {
            ConceptStore.putActionFields(c, new KnownActionFields(String.valueOf(id), ags, published, fields));
            return null;
        });
    }
}
