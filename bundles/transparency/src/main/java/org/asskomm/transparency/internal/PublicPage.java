package org.asskomm.transparency.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** Serves the public transparency page (src/main/resources/public) at /oeffentlich/, no login. */
@Component(service = PublicPage.class)
@HttpWhiteboardResource(pattern = "/oeffentlich/*", prefix = "/public")
public class PublicPage {
}
