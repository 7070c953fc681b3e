package org.asskomm.platform.api.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ValidationException;

/**
 * Parses query parameters taken as strings. JAX-RS answers a failed conversion of a typed
 * {@code @QueryParam} with 404; the platform promises 400 naming the parameter, so resources parse here.
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
            throw new ValidationException(name, "must be a whole number");
        }
    }

    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(name, "must be a date (YYYY-MM-DD)");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static PageRequest page(String offset, String limit) {
        return PageRequest.of(integer("offset", offset), integer("limit", limit));
    }
}
