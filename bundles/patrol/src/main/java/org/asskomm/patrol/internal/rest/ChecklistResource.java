package org.asskomm.patrol.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.asskomm.patrol.api.Checklist;
import org.asskomm.patrol.api.IncidentService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The hotspot checklists per place type under {@code /api/v1/patrol/checklists}. */
@Component(service = ChecklistResource.class)
@ApiResource
@Path("/checklists")
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistResource {

    private final IncidentService incidents;

    @Activate
    public ChecklistResource(@Reference IncidentService incidents) {
        this.incidents = incidents;
    }

    @GET
    @Doc(value = "The hotspot checklists per place type: what an officer checks at a playground, a station, a park",
            id = "listChecklists")
    public List<Checklist> checklists(@Context CurrentUser user) {
        user.requireAuthenticated();
        return incidents.checklists();
    }
}
