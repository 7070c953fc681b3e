package org.asskomm.patrol.api;

/** Marks an order open or done; {@code version} is the version the client saw (409 when it changed). */
public record OrderStatusRequest(OrderStatus status, Integer version) {
}
