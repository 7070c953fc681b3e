package org.asskomm.patrol.internal.rest;

import static org.asskomm.platform.api.rest.Responses.created;

import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.asskomm.patrol.api.Incident;
import org.asskomm.patrol.api.IncidentPhoto;
import org.asskomm.patrol.api.IncidentRequest;
import org.asskomm.patrol.api.IncidentService;
import org.asskomm.patrol.api.IncidentService.PhotoContent;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.api.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Incident reports of a compound under {@code /api/v1/patrol/compounds/{id}/incidents}: photos and PDF. */
@Component(service = IncidentResource.class)
@ApiResource
@Path("/compounds/{id}/incidents")
@Produces(MediaType.APPLICATION_JSON)
public class IncidentResource {

    private final IncidentService incidents;

    @Activate
    public IncidentResource(@Reference IncidentService incidents) {
        this.incidents = incidents;
    }

    @GET
    @Doc(value = "List the incident reports of a compound, newest first", id = "listIncidents")
    public Page<Incident> incidents(@PathParam("id") String id, @QueryParam("municipality") String municipality,
                                    @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                    @Context CurrentUser user) {
        return incidents.incidents(user, id, municipality, QueryParams.page(offset, limit));
    }

    @POST
    @Doc(value = "Report an incident at a place of the compound: what, when, which officers", id = "addIncident",
            status = 201)
    @Returns(Incident.class)
    public Response addIncident(@PathParam("id") String id, IncidentRequest request, @Context CurrentUser user) {
        return created(incidents.addIncident(user, id, request));
    }

    @GET
    @Path("/{incidentId}")
    @Doc(value = "Read an incident report with its photos and the place's checklist", id = "getIncident")
    public Incident incident(@PathParam("id") String id, @PathParam("incidentId") String incidentId,
                             @Context CurrentUser user) {
        return incidents.incident(user, id, incidentId);
    }

    /**
     * Upload: the raw photo as body, whatever type the client declares; accepted only when its content is a JPEG or
     * a PNG no larger than the configured limit (5 MiB by default; the platform's body limit answers 413 above it).
     */
    @POST
    @Path("/{incidentId}/photos")
    @Consumes(MediaType.WILDCARD)
    @Doc(value = "Add a photo (JPEG or PNG, checked by content and size) to an incident report", id = "addIncidentPhoto",
            status = 201)
    @Returns(IncidentPhoto.class)
    public Response addPhoto(@PathParam("id") String id, @PathParam("incidentId") String incidentId, InputStream body,
                             @Context CurrentUser user) throws IOException {
        int limit = (int) Math.min(incidents.maxPhotoBytes() + 1, Integer.MAX_VALUE - 8);
        byte[] content = body == null ? new byte[0] : body.readNBytes(limit);
        return created(incidents.addPhoto(user, id, incidentId, content));
    }

    @GET
    @Path("/{incidentId}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png"})
    @Doc(value = "Download a photo of an incident report, byte for byte as uploaded", id = "getIncidentPhoto")
    public Response photo(@PathParam("id") String id, @PathParam("incidentId") String incidentId,
                          @PathParam("photoId") String photoId, @Context CurrentUser user) {
        PhotoContent photo = incidents.photo(user, id, incidentId, photoId);
        String extension = photo.mediaType().equals("image/png") ? "png" : "jpg";
        return Response.ok(photo.content(), photo.mediaType())
                .header("Content-Disposition", "inline; filename=\"foto-" + photoId + "." + extension + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("/{incidentId}/pdf")
    @Produces("application/pdf")
    @Doc(value = "The incident report as PDF (German)", id = "incidentPdf")
    public Response pdf(@PathParam("id") String id, @PathParam("incidentId") String incidentId,
                        @Context CurrentUser user) {
        return Response.ok(incidents.pdf(user, id, incidentId), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"vorfallbericht-" + incidentId + ".pdf\"").build();
    }
}
