package org.asskomm.analysis.internal.rest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.asskomm.analysis.api.PublicSummary;
import org.asskomm.analysis.internal.PublicSummaries;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.rest.Anonymous;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.QueryParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/analysis/public}: the anonymous summary of every analysis (no login). */
@Component(service = PublicResource.class)
@ApiResource
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

    private final PublicSummaries summaries;

    @Activate
    public PublicResource(@Reference PublicSummaries summaries) {
        this.summaries = summaries;
    }

    @GET
    @Path("/summaries")
    @Anonymous
    @Doc(value = "Public summaries of completed analyses", id = "listPublicAnalysisSummaries")
    public Page<PublicSummary> summaries(@QueryParam("municipality") String municipality,
                                         @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return summaries.list(municipality, QueryParams.page(offset, limit));
    }
}
