package org.asskomm.platform.rest.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Locks a user name out for a while after too many consecutive failed logins, so that passwords cannot
 * be guessed at request speed. Refusing instead of sleeping keeps request threads free. A successful
 * login resets the count.
 */
public class LoginThrottle {

    private static final int MAX_TRACKED = 10_000;

    private final int failuresBeforeLockout;
    private final long lockoutMillis;
    private final LongSupplier clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int failuresBeforeLockout, long lockoutMillis) {
        this(failuresBeforeLockout, lockoutMillis, System::currentTimeMillis);
    }

    LoginThrottle(int failuresBeforeLockout, long lockoutMillis, LongSupplier clock) {
        this.failuresBeforeLockout = Math.max(1, failuresBeforeLockout);
        this.lockoutMillis = lockoutMillis;
        this.clock = clock;
    }

    /** Whether logins of this user name are currently refused without checking the password. */
    public boolean isLockedOut(String user) {
        Failures f = failures.get(user);
        return f != null && f.lockedUntil > clock.getAsLong();
    }

    public void failed(String user) {
        if (lockoutMillis <= 0) {
            return;
        }
        if (failures.size() > MAX_TRACKED) {
            failures.clear();
        }
        failures.compute(user, (name, f) -> {
            long now = clock.getAsLong();
            int count = (f == null || f.lockedUntil != 0 && f.lockedUntil <= now ? 0 : f.count) + 1;
            return new Failures(count, count >= failuresBeforeLockout ? now + lockoutMillis : 0);
        });
    }

    public void succeeded(String user) {
        failures.remove(user);
    }

    private record Failures(int count, long lockedUntil) {
    }
}
