package org.asskomm.platform.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LoginThrottle throttle = new LoginThrottle(3, 10, 60_000, 1_000, now::get);

    @Test
    public void delaysGrowAfterTheFreeFailuresForThatUserAndSourceOnly() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("admin", "10.0.0.1");
        }
        assertEquals(0, throttle.waitMillis("admin", "10.0.0.1"));
        throttle.failed("admin", "10.0.0.1");
        assertEquals(1000, throttle.waitMillis("admin", "10.0.0.1"));
        throttle.failed("admin", "10.0.0.1");
        assertEquals(2000, throttle.waitMillis("admin", "10.0.0.1"));
        for (int i = 0; i < 20; i++) {
            throttle.failed("admin", "10.0.0.1");
        }
        assertEquals("capped", 60_000, throttle.waitMillis("admin", "10.0.0.1"));
        assertEquals("the real user from elsewhere", 0, throttle.waitMillis("admin", "10.0.0.2"));
        assertEquals("another user from there, until the source's own count is exceeded",
                60_000, throttle.waitMillis("alice", "10.0.0.1"));
    }

    @Test
    public void aThousandFailuresFromOneSourceDoNotDelayTheUserElsewhere() {
        for (int i = 0; i < 1000; i++) {
            throttle.failed("admin", "10.0.0.1");
        }
        assertEquals(0, throttle.waitMillis("admin", "10.0.0.2"));
        assertTrue(throttle.waitMillis("admin", "10.0.0.1") > 0);
    }

    @Test
    public void manyDistinctNamesNeverResetTheThrottleOfAnActiveAttacker() {
        LoginThrottle big = new LoginThrottle(3, 10, 60_000, LoginThrottle.CAPACITY, now::get);
        for (int i = 0; i < 6; i++) {
            big.failed("admin", "10.0.0.1");
        }
        long before = big.waitMillis("admin", "10.0.0.1");
        for (int i = 0; i < 20_000; i++) {
            big.failed("name-" + i, "10.1." + (i / 250) + "." + (i % 250));
        }
        assertEquals(before, big.waitMillis("admin", "10.0.0.1"));
        assertTrue(big.size() <= LoginThrottle.CAPACITY);
    }

    @Test
    public void theMapStaysBoundedAndEvictsTheLeastRecentlyTriedKeysOnly() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("admin", "10.0.0.1");
        }
        for (int i = 0; i < 5_000; i++) {
            throttle.failed("name-" + i, "10.2.0." + (i % 200));
            if (i % 100 == 0) {
                throttle.waitMillis("admin", "10.0.0.1");   // the attacker keeps trying: the entry stays fresh
            }
        }
        assertTrue(throttle.size() <= 1_000);
        assertTrue(throttle.waitMillis("admin", "10.0.0.1") > 0);
    }

    @Test
    public void aSuccessResetsOnlyItsUserAndSourceAndTheDelayEnds() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("admin", "10.0.0.1");
        }
        now.addAndGet(1_001);
        assertEquals(0, throttle.waitMillis("admin", "10.0.0.1"));
        throttle.succeeded("admin", "10.0.0.1");
        throttle.failed("admin", "10.0.0.1");
        assertEquals(0, throttle.waitMillis("admin", "10.0.0.1"));
    }

    @Test
    public void cannotBeSwitchedOff() {
        LoginThrottle zero = new LoginThrottle(0, 0, 0, 100, now::get);
        zero.failed("admin", "10.0.0.1");
        zero.failed("admin", "10.0.0.1");
        assertEquals(1000, zero.waitMillis("admin", "10.0.0.1"));
    }
}
