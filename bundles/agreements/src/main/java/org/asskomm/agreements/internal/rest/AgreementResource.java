package org.asskomm.agreements.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

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

import org.asskomm.agreements.api.Agreement;
import org.asskomm.agreements.api.AgreementDraft;
import org.asskomm.agreements.api.AgreementQuery;
import org.asskomm.agreements.api.AgreementService;
import org.asskomm.agreements.api.AgreementStatistics;
import org.asskomm.agreements.api.AgreementStatus;
import org.asskomm.agreements.api.AgreementSummary;
import org.asskomm.agreements.api.Amendment;
import org.asskomm.agreements.api.DocumentInfo;
import org.asskomm.agreements.api.Milestone;
import org.asskomm.agreements.api.Transition;
import org.asskomm.agreements.internal.DocumentTypes;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.rest.Anonymous;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.Responses;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.api.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/agreements}: cooperation agreements, their lifecycle, milestones, amendments, documents. */
@Component(service = AgreementResource.class)
@ApiResource
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private final AgreementService agreements;

    @Activate
    public AgreementResource(@Reference AgreementService agreements) {
        this.agreements = agreements;
    }

    @GET
    @Doc(value = "List cooperation agreements", id = "listAgreements")
    public Page<AgreementSummary> list(@QueryParam("municipality") String municipality,
                                       @QueryParam("district") String district, @QueryParam("party") String party,
                                       @QueryParam("status") @ParamType(AgreementStatus.class) String status,
                                       @QueryParam("year") @ParamType(Integer.class) String year,
                                       @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                       @Context CurrentUser user) {
        AgreementQuery query = new AgreementQuery(municipality, district, party,
                QueryParams.enumValue("status", status, AgreementStatus.class), QueryParams.integer("year", year));
        return agreements.list(user, query, QueryParams.page(offset, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Create a cooperation agreement (draft)", id = "createAgreement", status = 201)
    @Returns(Agreement.class)
    public Response create(AgreementDraft draft, @Context CurrentUser user) {
        return Responses.created(agreements.create(user, required(draft)));
    }

    @GET
    @Path("/{id}")
    @Doc(value = "Read a cooperation agreement", id = "getAgreement")
    public Agreement get(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        return agreements.get(user, uuid(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Update a draft agreement", id = "updateAgreement")
    public Agreement update(@PathParam("id") @ParamType(UUID.class) String id, AgreementDraft draft,
                            @Context CurrentUser user) {
        return agreements.update(user, uuid(id), required(draft));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Move an agreement to another status (sign, terminate, ...)", id = "transitionAgreement")
    public Agreement transition(@PathParam("id") @ParamType(UUID.class) String id, Transition transition,
                                @Context CurrentUser user) {
        return agreements.transition(user, uuid(id), required(transition));
    }

    @POST
    @Path("/{id}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Record a milestone of an agreement", id = "addAgreementMilestone")
    public Agreement milestone(@PathParam("id") @ParamType(UUID.class) String id, Milestone milestone,
                               @Context CurrentUser user) {
        return agreements.addMilestone(user, uuid(id), required(milestone));
    }

    @POST
    @Path("/{id}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Amend a signed agreement", id = "amendAgreement")
    public Agreement amend(@PathParam("id") @ParamType(UUID.class) String id, Amendment amendment,
                           @Context CurrentUser user) {
        return agreements.amend(user, uuid(id), required(amendment));
    }

    /** Upload: the raw document as body (PDF, ODT or DOCX, checked by content), its name as {@code ?filename=}. */
    @POST
    @Path("/{id}/documents")
    @Consumes({"application/pdf", "application/vnd.oasis.opendocument.text",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.APPLICATION_OCTET_STREAM})
    @Doc(value = "Attach a document to an agreement", id = "uploadAgreementDocument", status = 201)
    @Returns(DocumentInfo.class)
    public Response upload(@PathParam("id") @ParamType(UUID.class) String id,
                           @QueryParam("filename") String filename, InputStream body,
                           @Context CurrentUser user) throws IOException {
        byte[] content = body.readNBytes(DocumentTypes.MAX_BYTES + 1);
        DocumentInfo info = agreements.attach(user, uuid(id), filename, content);
        return Responses.created(info);
    }

    @GET
    @Path("/{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @Doc(value = "Download a document of an agreement", id = "downloadAgreementDocument")
    public Response download(@PathParam("id") @ParamType(UUID.class) String id,
                             @PathParam("documentId") @ParamType(UUID.class) String documentId,
                             @Context CurrentUser user) {
        UUID agreementId = uuid(id);
        UUID docId = uuid(documentId);
        DocumentInfo info = agreements.get(user, agreementId).documents().stream().filter(d -> d.id().equals(docId))
                .findFirst().orElseThrow(() -> NotFoundException.of("agreements.document.notFound", documentId));
        byte[] content = agreements.document(user, agreementId, docId).orElseThrow();
        return Response.ok(content, info.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + info.filename() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** Public aggregates: municipalities advised and with a signed agreement, by district and year. */
    @GET
    @Path("/statistics")
    @Anonymous
    @Doc(value = "Public statistics of agreements", id = "agreementStatistics")
    public AgreementStatistics statistics(@QueryParam("year") @ParamType(Integer.class) String year) {
        return agreements.statistics(QueryParams.integer("year", year));
    }

    static UUID uuid(String id) {
        return QueryParams.uuid("id", id);
    }

    static <T> T required(T body) {
        return QueryParams.requiredBody("body", body);
    }
}
