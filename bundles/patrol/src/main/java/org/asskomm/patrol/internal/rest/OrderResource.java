package org.asskomm.patrol.internal.rest;

import static org.asskomm.platform.api.rest.Responses.created;

import java.time.LocalDate;

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

import org.asskomm.patrol.api.OrderRequest;
import org.asskomm.patrol.api.OrderService;
import org.asskomm.patrol.api.OrderStatus;
import org.asskomm.patrol.api.OrderStatusRequest;
import org.asskomm.patrol.api.PatrolOrder;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.api.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Orders from a compound's office to the field under {@code /api/v1/patrol/compounds/{id}/orders}. */
@Component(service = OrderResource.class)
@ApiResource
@Path("/compounds/{id}/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    private final OrderService orders;

    @Activate
    public OrderResource(@Reference OrderService orders) {
        this.orders = orders;
    }

    @GET
    @Doc(value = "List the orders of a compound by due day; overdue=true lists the open orders past their due day "
            + "(the follow-up reminders), as of asOf (default today)", id = "listOrders")
    public Page<PatrolOrder> orders(@PathParam("id") String id,
                                    @QueryParam("status") @ParamType(OrderStatus.class) String status,
                                    @QueryParam("overdue") @ParamType(Boolean.class) String overdue,
                                    @QueryParam("asOf") @ParamType(LocalDate.class) String asOf,
                                    @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                    @Context CurrentUser user) {
        return orders.orders(user, id, QueryParams.enumValue("status", status, OrderStatus.class),
                RestParams.bool("overdue", overdue), QueryParams.date("asOf", asOf), QueryParams.page(offset, limit));
    }

    @POST
    @Doc(value = "Give the field an order at a place of the compound, with due day and assigned officers",
            id = "addOrder", status = 201)
    @Returns(PatrolOrder.class)
    public Response addOrder(@PathParam("id") String id, OrderRequest request, @Context CurrentUser user) {
        return created(orders.addOrder(user, id, request));
    }

    @GET
    @Path("/{orderId}")
    @Doc(value = "Read an order with the checklist of its place", id = "getOrder")
    public PatrolOrder order(@PathParam("id") String id, @PathParam("orderId") String orderId,
                             @QueryParam("asOf") @ParamType(LocalDate.class) String asOf, @Context CurrentUser user) {
        return orders.order(user, id, orderId, QueryParams.date("asOf", asOf));
    }

    @PUT
    @Path("/{orderId}/status")
    @Doc(value = "Mark an order open or done", id = "setOrderStatus")
    public PatrolOrder setStatus(@PathParam("id") String id, @PathParam("orderId") String orderId,
                                 OrderStatusRequest request, @Context CurrentUser user) {
        return orders.setStatus(user, id, orderId, request);
    }
}
