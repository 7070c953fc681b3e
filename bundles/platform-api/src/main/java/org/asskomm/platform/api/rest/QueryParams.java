package org.asskomm.platform.api.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ValidationException;

/**
 * Parses query parameters taken as strings. JAX-RS answers a failed conversion of a typed
 * {@code @QueryParam} with 404; the platform promises 400 naming the parameter, so resources parse here. The same
 * holds for path parameters and request bodies: {@link #uuid} and {@link #requiredBody} say which one is wrong.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Integer integer(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, "validation.wholeNumber");
        }
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(name, "validation.date");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(name, "validation.oneOf", Arrays.asList(type.getEnumConstants()));
        }
    }

    /**
     * A UUID from a path or query parameter; 400 naming the parameter when it is not one (a typed {@code UUID}
     * parameter would make JAX-RS answer 404).
     *
     * @since 1.2
     */
    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ValidationException.of(name, "validation.required");
        }
        try {
            UUID parsed = UUID.fromString(raw.trim());
            // UUID.fromString accepts shortened groups such as "1-2-3-4-5"; only the canonical form is an id
            if (!parsed.toString().equalsIgnoreCase(raw.trim())) {
                throw new IllegalArgumentException(raw);
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(name, "validation.uuid");
        }
    }

    /**
     * The request body, or 400 naming it when the request had none (JAX-RS passes null for an empty body).
     *
     * @since 1.2
     */
    public static <T> T requiredBody(String name, T body) {
        if (body == null) {
            throw ValidationException.of(name, "validation.required");
        }
        return body;
    }

    public static PageRequest page(String offset, String limit) {
        return PageRequest.of(integer("offset", offset), integer("limit", limit));
    }
}
