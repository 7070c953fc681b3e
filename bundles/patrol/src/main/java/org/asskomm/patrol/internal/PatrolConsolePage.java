package org.asskomm.patrol.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Contributes this module's web-console page (src/main/resources/console) at /console/modules/patrol/. */
@Component(service = PatrolConsolePage.class)
@HttpWhiteboardResource(pattern = "/console/modules/patrol/*", prefix = "/console")
public class PatrolConsolePage {
}
