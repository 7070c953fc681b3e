package org.asskomm.patrol.internal;

import static org.asskomm.patrol.internal.PatrolServiceTest.CLOCK;
import static org.asskomm.patrol.internal.PatrolServiceTest.FLOEHA;
import static org.asskomm.patrol.internal.PatrolServiceTest.PARTNERS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.OfficerRequest;
import org.asskomm.patrol.api.OrderRequest;
import org.asskomm.patrol.api.OrderStatus;
import org.asskomm.patrol.api.OrderStatusRequest;
import org.asskomm.patrol.api.PatrolEvents;
import org.asskomm.patrol.api.PatrolOrder;
import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.PlaceCategory;
import org.asskomm.patrol.api.PlaceRequest;
import org.asskomm.patrol.api.TravelMode;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;

/** Issue 24: orders from the office to the field, due days, overdue orders as follow-up reminders. */
public class OrdersTest {

    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final PageRequest ALL = PageRequest.of(0, 50);

    private TestPlatform platform;
    private OrderRegistry orders;
    private final CurrentUser floeha = TestPlatform.municipalUser(FLOEHA);
    private Compound compound;
    private Officer officer;
    private Place station;

    @Before
    public void setUp() {
        platform = CoreMigrations.platform();
        platform.enable(PatrolModule.ID, FLOEHA).enable(PatrolModule.ID, PARTNERS);
        PatrolServices service = new PatrolServices(platform, CLOCK);
        orders = new OrderRegistry(platform.database, service.access, platform.writes, CLOCK);
        compound = service.compounds.createCompound(floeha, PatrolServiceTest.floehaRequest());
        officer = service.resources.addOfficer(floeha, compound.id(), new OfficerRequest("Bernd Rad", FLOEHA,
                BigDecimal.valueOf(40), List.of(), null, TravelMode.BICYCLE, List.of()));
        station = service.planning.addPlace(floeha, compound.id(), new PlaceRequest(FLOEHA, "Bahnhof Flöha",
                PlaceCategory.STATION, 50.85, 13.07, 3, null, null, 1));
    }

    private PatrolOrder order(String title, LocalDate due) {
        return orders.addOrder(floeha, compound.id(), new OrderRequest(title, station.id(), due,
                List.of(officer.id()), "Graffiti am Fahrradständer dokumentieren"));
    }

    @Test
    public void anOpenOrderBecomesOverdueAfterItsDueDay() {
        PatrolOrder order = order("Bahnhof kontrollieren", TODAY.plusDays(2));
        assertEquals(OrderStatus.OPEN, order.status());
        assertFalse(order.overdue());
        assertTrue(order.checklist().stream().anyMatch(i -> i.code().equals("BICYCLES")));
        assertEquals(0, orders.orders(floeha, compound.id(), null, true, null, ALL).total());
        assertEquals(0, orders.orders(floeha, compound.id(), null, true, TODAY.plusDays(2), ALL).total());
        List<PatrolOrder> overdue = orders.orders(floeha, compound.id(), null, true, TODAY.plusDays(3), ALL).items();
        assertEquals(List.of(order.id()), overdue.stream().map(PatrolOrder::id).toList());
        assertTrue(overdue.get(0).overdue());
        assertTrue(orders.order(floeha, compound.id(), order.id(), TODAY.plusDays(3)).overdue());
        assertEquals(0, orders.orders(floeha, compound.id(), null, false, TODAY.plusDays(3), ALL).total());

        PatrolOrder done = orders.setStatus(floeha, compound.id(), order.id(),
                new OrderStatusRequest(OrderStatus.DONE, order.version()));
        assertEquals(OrderStatus.DONE, done.status());
        assertEquals(order.version() + 1, done.version());
        assertEquals(0, orders.orders(floeha, compound.id(), null, true, TODAY.plusDays(3), ALL).total());
        assertEquals(1, orders.orders(floeha, compound.id(), OrderStatus.DONE, null, null, ALL).total());
        assertThrows(ConflictException.class, () -> orders.setStatus(floeha, compound.id(), order.id(),
                new OrderStatusRequest(OrderStatus.OPEN, order.version())));
        assertEquals(1, platform.events.topic(PatrolEvents.ORDER_CREATED.topic()).size());
        assertEquals(1, platform.events.topic(PatrolEvents.ORDER_UPDATED.topic()).size());
    }

    @Test
    public void theReminderRunAnnouncesAnOverdueOrderOnce() {
        PatrolOrder order = order("Bahnhof kontrollieren", TODAY.plusDays(2));
        order("Noch nicht fällig", TODAY.plusDays(3));
        String topic = PatrolEvents.ORDER_OVERDUE.topic();
        assertEquals(0, new OrderReminders(platform.database, platform.events, CLOCK).announceOverdue());
        Clock afterDue = Clock.offset(CLOCK, Duration.ofDays(3));
        OrderReminders reminders = new OrderReminders(platform.database, platform.events, afterDue);
        assertEquals(1, reminders.announceOverdue());
        assertEquals(0, reminders.announceOverdue());
        assertEquals(1, platform.events.topic(topic).size());
        assertEquals(order.id(), platform.events.topic(topic).get(0).getProperty("id"));
        assertEquals(FLOEHA, platform.events.topic(topic).get(0).getProperty("municipality"));
        // done: never announced; opened again while overdue: announced again
        PatrolOrder done = orders.setStatus(floeha, compound.id(), order.id(),
                new OrderStatusRequest(OrderStatus.DONE, order.version()));
        assertEquals(0, reminders.announceOverdue());
        orders.setStatus(floeha, compound.id(), order.id(), new OrderStatusRequest(OrderStatus.OPEN, done.version()));
        assertEquals(1, reminders.announceOverdue());
        assertEquals(2, platform.events.topic(topic).size());
    }

    @Test
    public void ordersAreListedByDueDay() {
        PatrolOrder later = order("Später", TODAY.plusDays(5));
        PatrolOrder sooner = order("Früher", TODAY);
        assertEquals(List.of(sooner.id(), later.id()), orders.orders(TestPlatform.viewer(), compound.id(), null, null,
                null, ALL).items().stream().map(PatrolOrder::id).toList());
    }

    @Test
    public void wrongOrdersAreRefusedInGerman() {
        ValidationException e = assertThrows(ValidationException.class, () -> orders.addOrder(floeha, compound.id(),
                new OrderRequest("", station.id(), TODAY.minusDays(1), List.of(), null)));
        assertEquals(List.of("title", "due", "officerIds"), e.errors().stream().map(f -> f.field()).toList());
        assertEquals("darf nicht in der Vergangenheit liegen",
                MessageFiles.texts(Locale.GERMAN).text(e.errors().get(1).text()));
        assertThrows(AccessDeniedException.class, () -> orders.addOrder(TestPlatform.municipalUser(PARTNERS[0]),
                compound.id(), new OrderRequest("x", station.id(), TODAY, List.of(officer.id()), null)));
        PatrolOrder order = order("Bahnhof", TODAY);
        ValidationException noStatus = assertThrows(ValidationException.class, () -> orders.setStatus(floeha,
                compound.id(), order.id(), new OrderStatusRequest(null, null)));
        assertEquals(List.of("status", "version"), noStatus.errors().stream().map(f -> f.field()).toList());
    }
}
