package org.asskomm.funding.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

/**
 * Names a third-party recipient of an application with its share of the grant; the shares of all recipients may not
 * exceed the grant (the requested amount before the decision). {@code version}: the application's.
 */
public record RecipientRequest(String name, String role, @Money BigDecimal share, Integer version) {
}
