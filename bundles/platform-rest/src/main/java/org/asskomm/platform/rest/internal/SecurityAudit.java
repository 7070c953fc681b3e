package org.asskomm.platform.rest.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failed logins and permission denials in the audit log without letting anyone grow the database at request
 * speed. Events are counted per action, user, source and municipality within an interval: the first of a key
 * is written at once (so a denial shows up immediately, with its method and path), its repetitions as one
 * summary row ({@code "summary": true, "count": n}) when the interval ends. Keys of unauthenticated events are
 * bounded per interval; beyond the bound they count under the key {@code *}. A daily compaction deletes these
 * rows (and only these) after the retention period.
 */
@Component(service = SecurityAudit.class, configurationPid = RestConfig.PID)
public class SecurityAudit {

    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_THROTTLED = "LOGIN_THROTTLED";
    /** The actions this class writes, and the only ones its retention deletes. */
    public static final List<String> ACTIONS = List.of(LOGIN_FAILED, LOGIN_THROTTLED, "ACCESS_DENIED", "MODULE_NOT_ENABLED");
    static final int MAX_ANONYMOUS_KEYS = 50;
    private static final Logger LOG = LoggerFactory.getLogger(SecurityAudit.class);

    /** Where the rows go: the audit log and its table (a fake in unit tests). */
    interface Sink {
        void write(CurrentUser user, AuditEvent event, Map<String, Object> details);

        int deleteBefore(Instant cutoff, List<String> actions);
    }

    record Key(String action, String user, String source, String municipality, boolean authenticated) {
    }

    private static final class Count {
        int count;
        final Instant first;
        Instant last;

        Count(Instant at) {
            first = at;
            last = at;
        }
    }

    private final Sink sink;
    private final Supplier<Instant> clock;
    private final Duration retention;
    private final Map<Key, Count> window = new LinkedHashMap<>();
    private int anonymousKeys;
    private ScheduledExecutorService timer;

    @Activate
    public SecurityAudit(@Reference AuditLog audit, @Reference Database database, RestConfig config) {
        this(jdbcSink(audit, database), Instant::now, Duration.ofDays(Math.max(0, config.securityAuditRetentionDays())));
        long interval = Math.max(1, config.securityAuditIntervalSeconds());
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "asskomm-security-audit");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::flushQuietly, interval, interval, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(this::compactQuietly, 5, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    SecurityAudit(Sink sink, Supplier<Instant> clock, Duration retention) {
        this.sink = sink;
        this.clock = clock;
        this.retention = retention;
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
        flushQuietly();
    }

    /** A failed (or throttled) login: the attempted name and the source go into the details, not as the user. */
    public void login(String action, String attemptedName, String source) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", truncate(attemptedName));
        details.put("source", source);
        event(new Key(action, truncate(attemptedName), source, null, false), CurrentUser.ANONYMOUS, details);
    }

    /** A permission denial of an authenticated user. */
    public void denied(CurrentUser user, String action, String municipality, String source, Map<String, Object> details) {
        Map<String, Object> withSource = new LinkedHashMap<>(details);
        withSource.put("source", source);
        event(new Key(action, user.name(), source, municipality, !user.isAnonymous()), user, withSource);
    }

    private void event(Key key, CurrentUser user, Map<String, Object> details) {
        Instant now = clock.get();
        boolean first;
        synchronized (this) {
            if (!key.authenticated() && !window.containsKey(key)) {
                if (anonymousKeys >= MAX_ANONYMOUS_KEYS) {
                    key = new Key(key.action(), "*", "*", null, false);
                    details = Map.of("name", "*", "source", "*", "note", "more distinct names and sources than "
                            + MAX_ANONYMOUS_KEYS + " in this interval");
                    user = CurrentUser.ANONYMOUS;
                } else {
                    anonymousKeys++;
                }
            }
            Count count = window.get(key);
            first = count == null;
            if (first) {
                window.put(key, new Count(now));
            } else {
                count.count++;
                count.last = now;
            }
        }
        if (first) {
            Map<String, Object> row = new LinkedHashMap<>(details);
            row.put("count", 1);
            write(user, key, row);
        }
    }

    /** Writes one summary row per key that repeated in the interval now ending, and starts a new interval. */
    void flush() {
        Map<Key, Count> ended;
        synchronized (this) {
            ended = new LinkedHashMap<>(window);
            window.clear();
            anonymousKeys = 0;
        }
        ended.forEach((key, count) -> {
            if (count.count > 0) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("summary", true);
                row.put("count", count.count);
                if (!key.authenticated()) {
                    row.put("name", key.user());
                }
                row.put("source", key.source());
                row.put("from", count.first.toString());
                row.put("to", count.last.toString());
                write(key.authenticated() ? new CurrentUser(key.user(), java.util.Set.of()) : CurrentUser.ANONYMOUS,
                        key, row);
            }
        });
    }

    /** Deletes the rows of {@link #ACTIONS} older than the retention; the number deleted. */
    int compact() {
        return retention.isZero() ? 0 : sink.deleteBefore(clock.get().minus(retention), ACTIONS);
    }

    private void write(CurrentUser user, Key key, Map<String, Object> details) {
        try {
            sink.write(user, new AuditEvent("platform", key.authenticated() ? "Request" : "Login", null, key.action(),
                    key.municipality()), details);
        } catch (RuntimeException e) {
            LOG.error("Cannot record {} in the audit log", key.action(), e);   // the answer must not become a 500
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.error("Cannot write the security audit summary", e);
        }
    }

    private void compactQuietly() {
        try {
            int deleted = compact();
            if (deleted > 0) {
                LOG.info("Deleted {} failed-login and denial rows older than {} from the audit log", deleted, retention);
            }
        } catch (RuntimeException e) {
            LOG.error("Cannot compact the audit log", e);
        }
    }

    private static String truncate(String name) {
        return name == null ? null : name.length() > 64 ? name.substring(0, 64) + "…" : name;
    }

    private static Sink jdbcSink(AuditLog audit, Database database) {
        return new Sink() {
            @Override
            public void write(CurrentUser user, AuditEvent event, Map<String, Object> details) {
                database.inTransaction(c -> {
                    audit.record(c, user, event, null, details);
                    return null;
                });
            }

            @Override
            public int deleteBefore(Instant cutoff, List<String> actions) {
                return audit.expire("platform", actions, cutoff);
            }
        };
    }
}
