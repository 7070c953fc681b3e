package org.asskomm.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves the console shell (HTML, ES modules, CSS) from this bundle's {@code /console} folder. Module pages
 * live under {@code /console/modules/<id>/} and are registered by the modules themselves.
 */
@Component(service = ConsoleResources.class)
@HttpWhiteboardResource(pattern = "/console/*", prefix = "/console")
public class ConsoleResources {
}
