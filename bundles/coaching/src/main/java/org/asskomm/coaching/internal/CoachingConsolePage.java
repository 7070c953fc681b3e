package org.asskomm.coaching.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Contributes this module's web-console page (src/main/resources/console) at /console/modules/coaching/. */
@Component(service = CoachingConsolePage.class)
@HttpWhiteboardResource(pattern = "/console/modules/coaching/*", prefix = "/console")
public class CoachingConsolePage {
}
