package org.asskomm.agreements.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Contributes this module's web-console page (src/main/resources/console) at /console/modules/agreements/. */
@Component(service = AgreementsConsolePage.class)
@HttpWhiteboardResource(pattern = "/console/modules/agreements/*", prefix = "/console")
public class AgreementsConsolePage {
}
