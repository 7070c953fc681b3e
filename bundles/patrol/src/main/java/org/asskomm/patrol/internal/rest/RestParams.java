package org.asskomm.patrol.internal.rest;

import java.util.Locale;

import org.asskomm.platform.api.error.ValidationException;

/** Query parameters the platform's {@code QueryParams} does not parse. */
final class RestParams {

    private RestParams() {
    }

    /** {@code true} or {@code false} (any case); absent or blank: null; anything else a 400 naming the parameter. */
    static Boolean bool(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ValidationException.of(name, "validation.boolean");
        };
    }
}
