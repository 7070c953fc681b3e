package org.asskomm.patrol.internal.rest;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.asskomm.patrol.api.Hotspot;
import org.asskomm.patrol.internal.HotspotBook;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.QueryParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Hotspots from citizens' reports under {@code /api/v1/patrol/compounds/{id}/hotspots}. */
@Component(service = HotspotResource.class)
@ApiResource
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class HotspotResource {

    private final HotspotBook hotspots;

    @Activate
    public HotspotResource(@Reference HotspotBook hotspots) {
        this.hotspots = hotspots;
    }

    @GET
    @Path("/compounds/{id}/hotspots")
    @Doc(value = "The places of a compound with citizens' reports and their priority as of a day (default today); "
            + "each report's weight halves every 14 days", id = "listHotspots")
    public List<Hotspot> hotspots(@PathParam("id") String id,
                                  @QueryParam("asOf") @ParamType(LocalDate.class) String asOf,
                                  @Context CurrentUser user) {
        LocalDate day = QueryParams.date("asOf", asOf);
        return hotspots.hotspots(user, id, day == null ? LocalDate.now() : day);
    }
}
