package org.asskomm.analysis.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Contributes this module's web-console page (src/main/resources/console) at /console/modules/analysis/. */
@Component(service = AnalysisConsolePage.class)
@HttpWhiteboardResource(pattern = "/console/modules/analysis/*", prefix = "/console")
public class AnalysisConsolePage {
}
