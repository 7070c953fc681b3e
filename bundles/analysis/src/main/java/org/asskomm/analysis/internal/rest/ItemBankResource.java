package org.asskomm.analysis.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.asskomm.analysis.api.ItemBankDraft;
import org.asskomm.analysis.api.ItemBankService;
import org.asskomm.analysis.api.ItemBankVersion;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.Responses;
import org.asskomm.platform.api.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/analysis/item-bank}: the versions of the questionnaire's item bank; the LPR publishes a new one, new
 * surveys take it, running surveys keep theirs.
 */
@Component(service = ItemBankResource.class)
@ApiResource
@Path("/item-bank")
@Produces(MediaType.APPLICATION_JSON)
public class ItemBankResource {

    private final ItemBankService banks;

    @Activate
    public ItemBankResource(@Reference ItemBankService banks) {
        this.banks = banks;
    }

    @GET
    @Doc(value = "The current version of the item bank", id = "getCurrentItemBank")
    public ItemBankVersion current(@Context CurrentUser user) {
        user.requireAuthenticated();
        return banks.current();
    }

    @GET
    @Path("/versions")
    @Doc(value = "Every version of the item bank", id = "listItemBankVersions")
    public List<ItemBankVersion> versions(@Context CurrentUser user) {
        user.requireAuthenticated();
        return banks.versions();
    }

    @GET
    @Path("/versions/{version}")
    @Doc(value = "A version of the item bank", id = "getItemBankVersion")
    public ItemBankVersion version(@PathParam("version") String version, @Context CurrentUser user) {
        user.requireAuthenticated();
        return banks.version(version);
    }

    @POST
    @Path("/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Returns(ItemBankVersion.class)
    @Doc(value = "Publish a new version of the item bank (LPR)", id = "publishItemBankVersion", status = 201)
    public Response publish(ItemBankDraft draft, @Context CurrentUser user) {
        return Responses.created(banks.publish(user, Params.body(draft)));
    }
}
