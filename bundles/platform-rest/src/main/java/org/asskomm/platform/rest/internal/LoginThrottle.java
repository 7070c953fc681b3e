package org.asskomm.platform.rest.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Slows password guessing down without handing an attacker a way to lock the real user out. Failures are counted
 * per user name <em>and</em> source address, and per source address alone (one source trying many names); after a
 * number of free failures each further one doubles the time before the next attempt of that key is checked at all
 * (1 s, 2 s, 4 s ... up to a cap). While a delay runs the attempt is refused without checking the password and
 * without sleeping a request thread. A success resets only its own user and source, so the same user logs in
 * from another address at once however many failures one address collected.
 * <p>
 * Memory is bounded by a least-recently-used map: new keys push out the entries nobody tried for longest, never
 * all at once, and an attacker who keeps trying keeps their own entries fresh. A count is forgotten an hour after
 * its last failure. Immediate: the instance of a delayed component is discarded whenever its last user releases it,
 * and the counts with it.
 */
@Component(service = LoginThrottle.class, configurationPid = RestConfig.PID, immediate = true)
public class LoginThrottle {

    static final int CAPACITY = 100_000;
    private static final long FORGET_MILLIS = 3_600_000;

    private final int freePerUser;
    private final int freePerSource;
    private final long maxDelayMillis;
    private final LongSupplier clock;
    private final Map<String, Failures> entries;
    /** The number of entries, readable without the lock: nearly every request comes while nobody is throttled. */
    private volatile int recorded;

    @Activate
    public LoginThrottle(RestConfig config) {
        this(config.loginFailuresBeforeLockout(), config.loginFailuresPerSource(), config.loginLockoutSeconds() * 1000L,
                CAPACITY, System::currentTimeMillis);
    }

    LoginThrottle(int freePerUser, int freePerSource, long maxDelayMillis, int capacity, LongSupplier clock) {
        this.freePerUser = Math.max(1, freePerUser);
        this.freePerSource = Math.max(this.freePerUser, freePerSource);
        this.maxDelayMillis = Math.max(1000, maxDelayMillis);   // cannot be switched off
        this.clock = clock;
        this.entries = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Milliseconds until a login of this user from this source is checked again; 0 when it may be checked now. */
    public long waitMillis(String user, String source) {
        return recorded == 0 ? 0 : lockedWaitMillis(user, source);
    }

    private synchronized long lockedWaitMillis(String user, String source) {
        long now = clock.getAsLong();
        return Math.max(wait(userKey(user, source), now), wait(sourceKey(source), now));
    }

    public synchronized void failed(String user, String source) {
        long now = clock.getAsLong();
        count(userKey(user, source), freePerUser, now);
        count(sourceKey(source), freePerSource, now);
        recorded = entries.size();
    }

    /** Forgets the failures of this user from this source; those of the source as a whole stay. */
    public synchronized void succeeded(String user, String source) {
        entries.remove(userKey(user, source));
        recorded = entries.size();
    }

    synchronized int size() {
        return entries.size();
    }

    private long wait(String key, long now) {
        Failures f = entries.get(key);
        return f == null ? 0 : Math.max(0, f.notBefore() - now);
    }

    private void count(String key, int free, long now) {
        Failures f = entries.get(key);
        int count = (f == null || now - f.last() > FORGET_MILLIS ? 0 : f.count()) + 1;
        long delay = count <= free ? 0 : Math.min(maxDelayMillis, 1000L << Math.min(count - free - 1, 20));
        entries.put(key, new Failures(count, now, now + delay));
    }

    private static String userKey(String user, String source) {
        return source + '\u0000' + user;   // NUL: cannot occur in a source address
    }

    private static String sourceKey(String source) {
        return source;
    }

    private record Failures(int count, long last, long notBefore) {
    }
}
