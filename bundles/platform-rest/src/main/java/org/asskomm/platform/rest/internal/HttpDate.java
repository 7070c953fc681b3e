package org.asskomm.platform.rest.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The HTTP {@code Date} header's value (RFC 7231 IMF-fixdate), formatted once per second, not once per response. */
final class HttpDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private record Formatted(long second, String value) {
    }

    private static volatile Formatted current = new Formatted(-1, "");

    private HttpDate() {
    }

    static String now() {
        return at(Instant.now());
    }

    static String at(Instant instant) {
        long second = instant.getEpochSecond();
        Formatted f = current;
        if (f.second() != second) {
            f = new Formatted(second, FORMAT.format(Instant.ofEpochSecond(second)));
            current = f;
        }
        return f.value();
    }
}
