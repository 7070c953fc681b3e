package org.asskomm.platform.api.event;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The type of an event property as it is posted. Events carry plain values only (strings, Integer, Boolean,
 * String[]), so that a handler in any bundle reads them without the publisher's classes: dates and amounts travel
 * as ISO-8601 and decimal strings.
 */
public enum PropertyType {
    /** Free text. */
    TEXT("string", "text", v -> v instanceof String),
    /** A municipality's official key (AGS), eight digits. */
    MUNICIPALITY_KEY("string", "official municipality key (AGS), 8 digits",
            v -> v instanceof String s && s.matches("\\d{8}")),
    /** A record id. */
    ID("string", "UUID", v -> v instanceof String s && isUuid(s)),
    /** A calendar day. */
    DATE("string", "ISO-8601 date, e.g. 2025-06-02", v -> v instanceof String s && parses(() -> LocalDate.parse(s))),
    /** A local date and time (no zone: Saxon local time). */
    DATE_TIME("string", "ISO-8601 local date-time, e.g. 2025-06-02T18:00",
            v -> v instanceof String s && parses(() -> LocalDateTime.parse(s))),
    /** An instant. */
    TIMESTAMP("string", "ISO-8601 instant in UTC, e.g. 2025-06-02T16:00:00Z",
            v -> v instanceof String s && parses(() -> Instant.parse(s))),
    /** Money in euros, exact, with two decimal places. */
    AMOUNT("string", "exact decimal in euros with two places, e.g. 1250.00",
            v -> v instanceof String s && s.matches("-?\\d+\\.\\d{2}")),
    /** A whole number. */
    INTEGER("Integer", "whole number", v -> v instanceof Integer),
    /** Yes or no. */
    BOOLEAN("Boolean", "true or false", v -> v instanceof Boolean),
    /** Several texts (or keys, or ids). */
    TEXT_LIST("String[]", "list of texts", v -> v instanceof String[]);

    private final String javaType;
    private final String format;
    private final Predicate<Object> accepts;

    PropertyType(String javaType, String format, Predicate<Object> accepts) {
        this.javaType = javaType;
        this.format = format;
        this.accepts = accepts;
    }

    /** The Java type a handler finds in the event: {@code string}, {@code Integer}, {@code Boolean}, {@code String[]}. */
    public String javaType() {
        return javaType;
    }

    /** How the value is written, for the catalogue's documentation. */
    public String format() {
        return format;
    }

    /** Whether a posted value has this type. */
    public boolean accepts(Object posted) {
        return posted != null && accepts.test(posted);
    }

    /**
     * The posted form of a Java value: {@link LocalDate}, {@link LocalDateTime}, {@link Instant}, {@link UUID},
     * {@link BigDecimal} (scaled to two places), enums (their name), collections (as {@code String[]}) or the plain
     * value itself.
     *
     * @throws IllegalArgumentException when the value does not have this type
     */
    public Object encode(Object value) {
        Object posted = value;
        if (value instanceof BigDecimal amount && this == AMOUNT) {
            posted = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        } else if (value instanceof Collection<?> values) {
            posted = values.stream().map(String::valueOf).toArray(String[]::new);
        } else if (value instanceof Enum<?> constant) {
            posted = constant.name();
        } else if (value instanceof LocalDate || value instanceof LocalDateTime || value instanceof Instant
                || value instanceof UUID) {
            posted = value.toString();
        }
        if (!accepts(posted)) {
            throw new IllegalArgumentException("not a " + this + " (" + format + "): " + value);
        }
        return posted;
    }

    private static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
