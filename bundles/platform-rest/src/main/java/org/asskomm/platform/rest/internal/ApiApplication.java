package org.asskomm.platform.rest.internal;

import java.util.Set;

import javax.ws.rs.core.Application;

/**
 * A whiteboard application of ASSKomm (the platform's own, the guarded default): empty, since its resources are
 * whiteboard resources and its providers the required whiteboard extensions.
 */
final class ApiApplication extends Application {

    private final Set<Object> resources;

    ApiApplication(Set<Object> resources) {
        this.resources = Set.copyOf(resources);
    }

    @Override
    public Set<Object> getSingletons() {
        return resources;
    }
}
