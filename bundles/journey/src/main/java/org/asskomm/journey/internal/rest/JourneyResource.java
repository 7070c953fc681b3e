package org.asskomm.journey.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.asskomm.journey.api.Journey;
import org.asskomm.journey.api.JourneyService;
import org.asskomm.journey.api.JourneySummary;
import org.asskomm.journey.api.Stage;
import org.asskomm.journey.api.StageRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.QueryParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/journey}: the stage list and the journey of each municipality. */
@Component(service = JourneyResource.class)
@ApiResource
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JourneyResource {

    private final JourneyService journeys;

    @Activate
    public JourneyResource(@Reference JourneyService journeys) {
        this.journeys = journeys;
    }

    @GET
    @Path("/stages")
    @Doc(value = "The stage list of the journey (data: the LPR may add stages)", id = "listJourneyStages")
    public List<Stage> stages(@Context CurrentUser user) {
        return journeys.stages(user);
    }

    @PUT
    @Path("/stages/{code}")
    @Doc(value = "Add a stage to the journey (without version) or change one (with its version)", id = "putJourneyStage")
    public Stage putStage(@PathParam("code") String code, StageRequest request, @Context CurrentUser user) {
        return journeys.putStage(user, code, QueryParams.requiredBody("body", request));
    }

    @GET
    @Path("/municipalities")
    @Doc(value = "The stages each municipality has reached, with the day (the map's layers)", id = "listJourneys")
    public List<JourneySummary> summaries(@QueryParam("district") String district, @Context CurrentUser user) {
        return journeys.summaries(user, district);
    }

    @GET
    @Path("/municipalities/{ags}")
    @Doc(value = "The journey of a municipality: every stage of an installed module with its steps and dates",
            id = "getJourney")
    public Journey journey(@PathParam("ags") String ags, @Context CurrentUser user) {
        return journeys.journey(user, ags);
    }
}
