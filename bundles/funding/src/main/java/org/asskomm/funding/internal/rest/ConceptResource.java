package org.asskomm.funding.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.asskomm.funding.api.Concept;
import org.asskomm.funding.api.ConceptRequest;
import org.asskomm.funding.api.ConceptService;
import org.asskomm.funding.api.VersionRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.QueryParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The project concept of an application (Beccaria standards): revisions, PDF, start from an analysis. */
@Component(service = ConceptResource.class)
@ApiResource
@Path("/applications/{id}/concept")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConceptResource {

    private final ConceptService concepts;

    @Activate
    public ConceptResource(@Reference ConceptService concepts) {
        this.concepts = concepts;
    }

    @GET
    @Doc(value = "Read the project concept of an application (the current or a given revision)", id = "getConcept")
    public Concept get(@PathParam("id") String id, @QueryParam("revision") @ParamType(Integer.class) String revision,
                       @Context CurrentUser user) {
        return concepts.concept(user, id, QueryParams.integer("revision", revision));
    }

    @PUT
    @Doc(value = "Save a new revision of the project concept of a draft application", id = "saveConcept")
    public Concept save(@PathParam("id") String id, ConceptRequest request, @Context CurrentUser user) {
        return concepts.saveConcept(user, id, ProgrammeResource.body(request));
    }

    @POST
    @Path("/from-analysis")
    @Doc(value = "Start the project concept from the action fields the safety analysis published",
            id = "startConceptFromAnalysis")
    public Concept fromAnalysis(@PathParam("id") String id, VersionRequest request, @Context CurrentUser user) {
        return concepts.startFromAnalysis(user, id, ProgrammeResource.body(request));
    }

    @GET
    @Path("/revisions")
    @Doc(value = "Every revision of the project concept, newest first", id = "listConceptRevisions")
    public List<Concept> revisions(@PathParam("id") String id, @Context CurrentUser user) {
        return concepts.revisions(user, id);
    }

    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    @Doc(value = "The project concept as a PDF document", id = "getConceptPdf")
    public Response pdf(@PathParam("id") String id, @Context CurrentUser user) {
        return Response.ok(concepts.pdf(user, id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"projektkonzept-" + id + ".pdf\"").build();
    }
}
