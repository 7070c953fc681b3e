package org.asskomm.platform.api.rest;

import javax.ws.rs.core.Response;

/** The few response shapes every module resource needs. */
public final class Responses {

    private Responses() {
    }

    /** 201 with the created entity as body. */
    public static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
