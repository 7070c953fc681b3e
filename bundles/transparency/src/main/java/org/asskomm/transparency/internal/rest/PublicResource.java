package org.asskomm.transparency.internal.rest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.CacheControl;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.EntityTag;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;

import org.asskomm.funding.api.FundedProject;
import org.asskomm.platform.api.csv.CsvWriter;
import org.asskomm.platform.api.rest.Anonymous;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.transparency.internal.About;
import org.asskomm.transparency.internal.Dataset;
import org.asskomm.transparency.internal.DistrictFigures;
import org.asskomm.transparency.internal.DistrictFunding;
import org.asskomm.transparency.internal.MunicipalityStages;
import org.asskomm.transparency.internal.OpenData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/public}: the open data, JSON and CSV, for everyone. The whole class is {@link Anonymous}, so the
 * platform does not look at credentials here at all (a wrong password gets the same public answer). Every answer
 * carries an {@code ETag} (a hash of its content) and answers {@code If-None-Match} with 304.
 */
@Component(service = PublicResource.class)
@ApiResource
@Anonymous
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

    static final String CSV = "text/csv; charset=UTF-8";

    private final OpenData data;

    @Activate
    public PublicResource(@Reference OpenData data) {
        this.data = data;
    }

    @GET
    @Path("/about")
    @Doc(value = "Licence of the open data and the address of the feedback channel", id = "getPublicAbout")
    public Response about(@Context Request request) {
        About about = data.about();
        return cached(request, about, about.toString(), MediaType.APPLICATION_JSON_TYPE, null);
    }

    @GET
    @Path("/stages")
    @Doc(value = "The journey stages: the layers of the public map, in order", id = "listPublicStages")
    public Response stages(@Context Request request) {
        return json(request, data.stages());
    }

    @GET
    @Path("/municipalities")
    @Doc(value = "Each municipality with the journey stages it has reached and the day (open data)",
            id = "listPublicMunicipalities")
    public Response municipalities(@Context Request request) {
        return json(request, data.municipalities());
    }

    @GET
    @Path("/municipalities.csv")
    @Produces(CSV)
    @Doc(value = "Each municipality with the day it reached each journey stage, as CSV (open data)",
            id = "listPublicMunicipalitiesCsv")
    public Response municipalitiesCsv(@Context Request request) {
        Dataset<MunicipalityStages> d = data.municipalities();
        List<String> codes = data.stages().items().stream().map(s -> s.code()).toList();
        String[] header = new String[3 + codes.size()];
        header[0] = "ags";
        header[1] = "name";
        header[2] = "district";
        for (int i = 0; i < codes.size(); i++) {
            header[3 + i] = codes.get(i);
        }
        CsvWriter csv = new CsvWriter(header);
        for (MunicipalityStages m : d.items()) {
            Object[] row = new Object[header.length];
            row[0] = m.ags();
            row[1] = m.name();
            row[2] = m.district();
            for (int i = 0; i < codes.size(); i++) {
                row[3 + i] = m.reached().get(codes.get(i));
            }
            csv.row(row);
        }
        return csv(request, d, csv);
    }

    @GET
    @Path("/districts")
    @Doc(value = "Per district: municipalities advised, with a council, an agreement, a safety analysis (open data)",
            id = "listPublicDistricts")
    public Response districts(@Context Request request) {
        return json(request, data.districts());
    }

    @GET
    @Path("/districts.csv")
    @Produces(CSV)
    @Doc(value = "The figures per district as CSV (open data)", id = "listPublicDistrictsCsv")
    public Response districtsCsv(@Context Request request) {
        Dataset<DistrictFigures> d = data.districts();
        return csv(request, d, rows(d, new CsvWriter("district", "municipalitiesAdvised", "councils", "agreements",
                "analyses"), f -> new Object[] {f.district(), f.municipalitiesAdvised(), f.councils(), f.agreements(),
                f.analyses()}));
    }

    @GET
    @Path("/funding")
    @Doc(value = "Funding committed and paid per district and programme year (open data)", id = "listPublicFunding")
    public Response funding(@Context Request request) {
        return json(request, data.funding());
    }

    @GET
    @Path("/funding.csv")
    @Produces(CSV)
    @Doc(value = "Funding committed and paid per district and programme year as CSV (open data)",
            id = "listPublicFundingCsv")
    public Response fundingCsv(@Context Request request) {
        Dataset<DistrictFunding> d = data.funding();
        return csv(request, d, rows(d, new CsvWriter("district", "year", "committed", "paid"),
                f -> new Object[] {f.district(), f.year(), f.committed(), f.paid()}));
    }

    @GET
    @Path("/projects")
    @Doc(value = "The funded projects of the programmes that publish their results, with amounts (open data)",
            id = "listPublicProjects")
    public Response projects(@Context Request request) {
        return json(request, data.projects());
    }

    @GET
    @Path("/projects.csv")
    @Produces(CSV)
    @Doc(value = "The funded projects of the programmes that publish their results as CSV (open data)",
            id = "listPublicProjectsCsv")
    public Response projectsCsv(@Context Request request) {
        Dataset<FundedProject> d = data.projects();
        return csv(request, d, rows(d, new CsvWriter("year", "programme", "ags", "municipality", "district", "title",
                "actionField", "committed", "paid"), p -> new Object[] {p.year(), p.programme(), p.municipality(),
                p.municipalityName(), p.district(), p.title(), p.actionField(), p.committed(), p.paid()}));
    }

    private static Response json(Request request, Dataset<?> d) {
        return cached(request, d, d.toString(), MediaType.APPLICATION_JSON_TYPE, d.licenceUrl());
    }

    private static <T> CsvWriter rows(Dataset<T> d, CsvWriter csv, Function<T, Object[]> cells) {
        d.items().forEach(item -> csv.row(cells.apply(item)));
        return csv;
    }

    private static Response csv(Request request, Dataset<?> d, CsvWriter csv) {
        String body = csv.toString();
        return cached(request, body, d.licence() + d.asOf() + body, MediaType.valueOf(CSV), d.licenceUrl());
    }

    /** The entity with its ETag, or 304 when the client's {@code If-None-Match} names it. */
    static Response cached(Request request, Object entity, String content, MediaType type, String licenceUrl) {
        EntityTag tag = new EntityTag(hash(content));
        CacheControl cache = new CacheControl();
        cache.setNoCache(true); // revalidate with the ETag every time: the figures change as the modules work
        cache.setPrivate(false);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : Response.ok(entity, type);
        answer.tag(tag).cacheControl(cache);
        if (licenceUrl != null) {
            answer.header("Link", "<" + licenceUrl + ">; rel=\"license\"");
        }
        return answer.build();
    }

    static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
