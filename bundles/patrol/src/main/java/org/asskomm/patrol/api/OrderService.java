package org.asskomm.patrol.api;

import java.time.LocalDate;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;

/** Orders from a compound's office to the field, with due dates and the overdue ones as follow-up reminders. */
public interface OrderService {

    PatrolOrder addOrder(CurrentUser user, String compoundId, OrderRequest request);

    /**
     * The orders of a compound, by due day.
     *
     * @param status  only orders in this state (null: all)
     * @param overdue only overdue orders (true), only others (false), all (null)
     * @param asOf    the day "overdue" is judged for (null: today)
     */
    Page<PatrolOrder> orders(CurrentUser user, String compoundId, OrderStatus status, Boolean overdue, LocalDate asOf,
                             PageRequest page);

    PatrolOrder order(CurrentUser user, String compoundId, String orderId, LocalDate asOf);

    PatrolOrder setStatus(CurrentUser user, String compoundId, String orderId, OrderStatusRequest request);
}
