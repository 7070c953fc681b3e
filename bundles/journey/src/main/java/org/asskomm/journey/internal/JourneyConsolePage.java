package org.asskomm.journey.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Contributes this module's web-console page (src/main/resources/console) at /console/modules/journey/. */
@Component(service = JourneyConsolePage.class)
@HttpWhiteboardResource(pattern = "/console/modules/journey/*", prefix = "/console")
public class JourneyConsolePage {
}
