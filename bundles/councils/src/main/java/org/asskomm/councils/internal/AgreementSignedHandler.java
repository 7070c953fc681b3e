package org.asskomm.councils.internal;

import java.time.LocalDate;

import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.Topics;
import org.asskomm.platform.api.error.ProblemException;
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
 * office and a council: open the municipality's council record as PLANNED unless it has one.
 * Knows the agreements module only by its event topic.
 */
@Component(property = EventConstants.EVENT_TOPIC + "=" + AgreementSignedHandler.TOPIC)
public class AgreementSignedHandler implements EventHandler {

    static final String TOPIC = "org/asskomm/agreements/Agreement/SIGNED";
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
        try {
            Council opened = councils.openPlannedIfAbsent(CurrentUser.SYSTEM, key, LocalDate.now(),
                    "Kooperationsvereinbarung " + event.getProperty(Topics.ENTITY_ID) + " unterzeichnet (von "
                            + event.getProperty(Topics.USER) + ")");
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
}
