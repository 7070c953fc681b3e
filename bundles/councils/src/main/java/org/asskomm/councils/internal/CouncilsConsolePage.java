package org.asskomm.councils.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Contributes this module's web-console page (src/main/resources/console) at /console/modules/councils/. */
@Component(service = CouncilsConsolePage.class)
@HttpWhiteboardResource(pattern = "/console/modules/councils/*", prefix = "/console")
public class CouncilsConsolePage {
}
