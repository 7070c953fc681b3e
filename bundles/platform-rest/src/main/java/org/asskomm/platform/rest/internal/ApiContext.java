package org.asskomm.platform.rest.internal;

import org.asskomm.platform.api.rest.Api;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The one servlet context of the API at {@code /api/v1}. Every ASSKomm application is a servlet inside it
 * ({@code /*} for the platform, {@code /<moduleId>/*} for a module), so a module's arrival adds a servlet
 * mapping to a running context instead of a context of its own: nothing else restarts, and
 * {@code /api/v1/agreements} is served without a redirect to {@code /api/v1/agreements/}.
 */
@Component(service = ServletContextHelper.class)
@HttpWhiteboardContext(name = Api.CONTEXT_NAME, path = Api.BASE)
public class ApiContext extends ServletContextHelper {
}
