package org.asskomm.funding.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Contributes this module's web-console page (src/main/resources/console) at /console/modules/funding/. */
@Component(service = FundingConsolePage.class)
@HttpWhiteboardResource(pattern = "/console/modules/funding/*", prefix = "/console")
public class FundingConsolePage {
}
