package org.asskomm.patrol.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.OrderRequest;
import org.asskomm.patrol.api.OrderService;
import org.asskomm.patrol.api.OrderStatus;
import org.asskomm.patrol.api.OrderStatusRequest;
import org.asskomm.patrol.api.PatrolEvents;
import org.asskomm.patrol.api.PatrolOrder;
import org.asskomm.patrol.api.Place;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.event.EventPayload;
import org.asskomm.platform.api.event.EventType;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Orders from a compound's office to its officers: given and closed in the name of the member municipality of their
 * place (by the lead or that member); open orders past their due day are listed as overdue (the follow-up reminder).
 */
@Component(service = OrderService.class)
public class OrderRegistry implements OrderService {

    private final Database database;
    private final CompoundAccess access;
    private final Writes writes;
    private final Clock clock;
    private final OrderStore store = new OrderStore();
    private final FieldRecords records = new FieldRecords();
    private final Entity<PatrolOrder> order;

    @Activate
    public OrderRegistry(@Reference Database database, @Reference CompoundAccess access, @Reference Writes writes) {
        this(database, access, writes, Clock.systemDefaultZone());
    }

    OrderRegistry(Database database, CompoundAccess access, Writes writes, Clock clock) {
        this.database = database;
        this.access = access;
        this.writes = writes;
        this.clock = clock;
        this.order = Entity.<PatrolOrder>of(PatrolModule.ID, "Order",
                        (c, id) -> store.find(c, id.toString(), LocalDate.now(clock)), PatrolOrder::ags)
                .versioned(PatrolOrder::version).readableWhen((user, o) -> access.canSee(user, o.compoundId()));
    }

    @Override
    public PatrolOrder addOrder(CurrentUser user, String compoundId, OrderRequest r) {
        Compound compound = access.visible(user, compoundId);
        access.requireActForSomeMember(user, compound);
        if (r == null) {
            new Validator().required("body", null).throwIfInvalid();
        }
        LocalDate today = LocalDate.now(clock);
        Place place = records.place(database, compoundId, r.placeId(), today);
        return writes.create(user, order, place.ags(), "CREATE")
                .authorize(u -> access.requireLeadOrMember(u, compound, place.ags()))
                .event(PatrolEvents.ORDER_CREATED, (before, after) -> payload(PatrolEvents.ORDER_CREATED, after)
                        .with(PatrolEvents.AT_PLACE, after.placeId()).build())
                .apply((c, id) -> {
                    List<String> officerIds = validate(c, compoundId, r, today);
                    store.insert(c, new PatrolOrder(id.toString(), compoundId, place.ags(), r.title().trim(),
                            place.id(), place.name(), place.category(), r.due(), officerIds,
                            CompoundStore.blankToNull(r.details()), OrderStatus.OPEN, false, List.of(), 1));
                });
    }

    private List<String> validate(Connection c, String compoundId, OrderRequest r, LocalDate today)
            throws SQLException {
        Validator v = new Validator();
        v.text("title", r.title(), 200).required("due", r.due());
        v.rule(r.due() == null || !r.due().isBefore(today), "due", "patrol.order.dueInPast");
        v.maxLength("details", r.details(), 4000);
        List<String> officerIds = records.officers(c, v, compoundId, r.officerIds());
        v.throwIfInvalid();
        return officerIds;
    }

    @Override
    public Page<PatrolOrder> orders(CurrentUser user, String compoundId, OrderStatus status, Boolean overdue,
                                    LocalDate asOf, PageRequest page) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return access.read(user, compoundId, (c, compound) -> store.page(c, compoundId, status, overdue, day, page));
    }

    @Override
    public PatrolOrder order(CurrentUser user, String compoundId, String orderId, LocalDate asOf) {
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return access.read(user, compoundId, (c, compound) -> store.find(c, String.valueOf(orderId), day)
                .filter(o -> o.compoundId().equals(compoundId))
                .orElseThrow(() -> new NotFoundException(notFound(orderId))));
    }

    @Override
    public PatrolOrder setStatus(CurrentUser user, String compoundId, String orderId, OrderStatusRequest r) {
        Message notFound = notFound(orderId);
        return writes.update(user, order, CompoundAccess.uuid(orderId, notFound), "UPDATE")
                .authorize(access.within(compoundId, PatrolOrder::compoundId, notFound,
                        (u, compound, record) -> access.requireLeadOrMember(u, compound, record.ags())))
                .check(before -> {
                    Validator v = new Validator();
                    if (r == null) {
                        v.required("body", null).throwIfInvalid();
                    }
                    v.required("status", r.status()).required("version", r.version()).throwIfInvalid();
                })
                .expectVersion(r == null ? null : r.version())
                .event(PatrolEvents.ORDER_UPDATED, (before, after) -> payload(PatrolEvents.ORDER_UPDATED, after)
                        .with(PatrolEvents.ORDER_STATUS, after.status().name()).build())
                .apply((c, before) -> store.setStatus(c, before.id(), r.status(), before.version()));
    }

    private static EventPayload payload(EventType type, PatrolOrder order) {
        return type.payload().with(PatrolEvents.COMPOUND_ID, order.compoundId()).with(PatrolEvents.DUE, order.due());
    }

    private static Message notFound(String orderId) {
        return Message.of("patrol.notInCompound", ConflictException.entity("Order"), orderId);
    }
}
