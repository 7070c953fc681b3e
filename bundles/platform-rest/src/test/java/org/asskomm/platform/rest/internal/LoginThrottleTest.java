package org.asskomm.platform.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.Test;

public class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LoginThrottle throttle = new LoginThrottle(3, 60_000, now::get);

    @Test
    public void locksOutAfterTheConfiguredFailuresAndOnlyThatUser() {
        throttle.failed("mallory");
        throttle.failed("mallory");
        assertFalse(throttle.isLockedOut("mallory"));
        throttle.failed("mallory");
        assertTrue(throttle.isLockedOut("mallory"));
        assertFalse(throttle.isLockedOut("alice"));
    }

    @Test
    public void theLockoutEndsAfterItsTimeAndCountsAfreshThen() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("mallory");
        }
        now.addAndGet(60_001);
        assertFalse(throttle.isLockedOut("mallory"));
        throttle.failed("mallory");
        assertFalse("one failure after the lockout is not a new lockout", throttle.isLockedOut("mallory"));
    }

    @Test
    public void aSuccessfulLoginResetsTheCount() {
        throttle.failed("alice");
        throttle.failed("alice");
        throttle.succeeded("alice");
        throttle.failed("alice");
        throttle.failed("alice");
        assertFalse(throttle.isLockedOut("alice"));
    }

    @Test
    public void zeroSecondsDisablesTheLockout() {
        LoginThrottle off = new LoginThrottle(1, 0, now::get);
        for (int i = 0; i < 10; i++) {
            off.failed("mallory");
        }
        assertFalse(off.isLockedOut("mallory"));
    }
}
