package org.asskomm.platform.rest.internal;

import static org.junit.Assert.assertEquals;

import java.time.Instant;

import org.junit.Test;

public class HttpDateTest {

    @Test
    public void formatsTheImfFixdateOfRfc7231() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDate.at(Instant.parse("1994-11-06T08:49:37.250Z")));
        assertEquals("Sun, 06 Dec 2026 13:05:09 GMT", HttpDate.at(Instant.parse("2026-12-06T13:05:09Z")));
        // the same second again comes from the cache, a new second is formatted anew
        assertEquals("Sun, 06 Dec 2026 13:05:09 GMT", HttpDate.at(Instant.parse("2026-12-06T13:05:09.999Z")));
        assertEquals("Sun, 06 Dec 2026 13:05:10 GMT", HttpDate.at(Instant.parse("2026-12-06T13:05:10Z")));
    }
}
