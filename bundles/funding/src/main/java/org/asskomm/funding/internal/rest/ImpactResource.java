package org.asskomm.funding.internal.rest;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.asskomm.funding.api.Impact;
import org.asskomm.funding.api.ImpactRequest;
import org.asskomm.funding.api.ImpactService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The impact of a project: its indicators with baseline, target and follow-up, and its traffic light. */
@Component(service = ImpactResource.class)
@ApiResource
@Path("/applications/{id}/impact")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImpactResource {

    private final ImpactService impacts;

    @Activate
    public ImpactResource(@Reference ImpactService impacts) {
        this.impacts = impacts;
    }

    @GET
    @Doc(value = "The impact of a project: indicators, achievement and traffic light", id = "getImpact")
    public Impact get(@PathParam("id") String id, @Context CurrentUser user) {
        return impacts.impact(user, id);
    }

    @PUT
    @Doc(value = "Record baseline and follow-up values of the project's indicators", id = "recordImpact")
    public Impact record(@PathParam("id") String id, ImpactRequest request, @Context CurrentUser user) {
        return impacts.recordImpact(user, id, ProgrammeResource.body(request));
    }
}
