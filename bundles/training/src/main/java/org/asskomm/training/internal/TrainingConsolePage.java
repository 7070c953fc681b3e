package org.asskomm.training.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Contributes this module's web-console page (src/main/resources/console) at /console/modules/training/. */
@Component(service = TrainingConsolePage.class)
@HttpWhiteboardResource(pattern = "/console/modules/training/*", prefix = "/console")
public class TrainingConsolePage {
}
