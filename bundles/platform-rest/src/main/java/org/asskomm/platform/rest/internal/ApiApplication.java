package org.asskomm.platform.rest.internal;

import javax.ws.rs.core.Application;

/**
 * The platform's whiteboard application: empty, since its resources are whiteboard resources and its providers
 * the required whiteboard extensions.
 */
final class ApiApplication extends Application {
}
