package org.asskomm.analysis.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

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

import org.asskomm.analysis.api.AreaProfile;
import org.asskomm.analysis.api.AreaProfileService;
import org.asskomm.analysis.api.CrimeImport;
import org.asskomm.analysis.api.CrimeTableLevel;
import org.asskomm.analysis.api.IndicatorDraft;
import org.asskomm.analysis.api.IndicatorKind;
import org.asskomm.analysis.api.IndicatorSeries;
import org.asskomm.analysis.api.IndicatorService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.api.rest.Responses;
import org.asskomm.platform.api.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/analysis/area-profile}: crime statistics imports and a municipality's area profile. */
@Component(service = AreaProfileResource.class)
@ApiResource
@Path("/area-profile")
@Produces(MediaType.APPLICATION_JSON)
public class AreaProfileResource {

    private final AreaProfileService profiles;
    private final IndicatorService indicators;

    @Activate
    public AreaProfileResource(@Reference AreaProfileService profiles, @Reference IndicatorService indicators) {
        this.profiles = profiles;
        this.indicators = indicators;
    }

    /** The table as body (semicolon separated, UTF-8 or Windows-1252), everything else as query parameters. */
    @POST
    @Path("/imports")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Returns(CrimeImport.class)
    @Doc(value = "Import a table of the police crime statistics (CSV)", id = "importCrimeTable", status = 201)
    public Response importTable(@QueryParam("level") @ParamType(CrimeTableLevel.class) String level, @QueryParam("municipality") String municipality,
                                @QueryParam("year") @ParamType(Integer.class) String year, @QueryParam("source") String source,
                                @QueryParam("licence") String licence, @QueryParam("fileName") String fileName,
                                @QueryParam("replace") @ParamType(Boolean.class) String replace, InputStream body, @Context CurrentUser user)
            throws IOException {
        CrimeTableLevel l = QueryParams.enumValue("level", level, CrimeTableLevel.class);
        Integer y = QueryParams.integer("year", year);
        boolean r = Params.flag("replace", replace);
        return Responses.created(profiles.importTable(user, l, municipality, y, source, licence, fileName, r,
                Params.upload(body)));
    }

    @GET
    @Path("/imports")
    @Doc(value = "List the imported crime statistics tables", id = "listCrimeImports")
    public Page<CrimeImport> imports(@QueryParam("level") @ParamType(CrimeTableLevel.class) String level, @QueryParam("year") @ParamType(Integer.class) String year,
                                     @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                     @Context CurrentUser user) {
        return profiles.imports(user, QueryParams.enumValue("level", level, CrimeTableLevel.class),
                QueryParams.integer("year", year), QueryParams.page(offset, limit));
    }

    @GET
    @Path("/municipalities/{ags}")
    @Doc(value = "Read the area profile of a municipality", id = "getAreaProfile")
    public AreaProfile profile(@PathParam("ags") String ags, @QueryParam("offence") String offence,
                               @QueryParam("from") @ParamType(Integer.class) String from, @QueryParam("to") @ParamType(Integer.class) String to,
                               @Context CurrentUser user) {
        if (offence != null && !offence.isBlank() && !offence.matches("[0-9*]{6}|------")) {
            throw org.asskomm.platform.api.error.ValidationException.of("offence",
                    "analysis.crime.offenceParam");
        }
        return profiles.profile(user, ags, offence == null || offence.isBlank() ? null : offence,
                QueryParams.integer("from", from), QueryParams.integer("to", to));
    }

    /** A series of regulatory offences or social indicators, entered by hand (creates or sets the given years). */
    @POST
    @Path("/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Returns(IndicatorSeries.class)
    @Doc(value = "Create an indicator series or set years of it", id = "saveIndicator", status = 201)
    public Response saveIndicator(IndicatorDraft draft, @Context CurrentUser user) {
        return Responses.created(indicators.save(user, Params.body(draft)));
    }

    /** Series as CSV {@code Indikator;Einheit;Jahr;Wert}, all in one transaction. */
    @POST
    @Path("/indicators/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Doc(value = "Import indicator series (CSV)", id = "importIndicators")
    public List<IndicatorSeries> importIndicators(@QueryParam("municipality") String municipality,
                                                  @QueryParam("kind") @ParamType(IndicatorKind.class) String kind, @QueryParam("source") String source,
                                                  InputStream body, @Context CurrentUser user) throws IOException {
        return indicators.importCsv(user, municipality, QueryParams.enumValue("kind", kind, IndicatorKind.class),
                source, Params.upload(body));
    }

    @GET
    @Path("/indicators")
    @Doc(value = "List indicator series", id = "listIndicators")
    public Page<IndicatorSeries> indicators(@QueryParam("municipality") String municipality,
                                            @QueryParam("kind") @ParamType(IndicatorKind.class) String kind, @QueryParam("offset") String offset,
                                            @QueryParam("limit") String limit, @Context CurrentUser user) {
        return indicators.list(user, municipality, QueryParams.enumValue("kind", kind, IndicatorKind.class),
                QueryParams.page(offset, limit));
    }
}
