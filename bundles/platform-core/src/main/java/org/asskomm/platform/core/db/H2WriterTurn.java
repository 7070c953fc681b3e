package org.asskomm.platform.core.db;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * On H2 one writing transaction at a time. H2 2.5 (MVStore) can persist part of a transaction that was open while
 * another one committed: after kill -9 an agreement came back with its parties but without their signatories
 * (CrashSafetyIT; a stand-alone test with 6 concurrent writers tore 3 of 10 runs, with the writers serialised 0 of
 * 10). Readers are not the problem, so the turn is taken lazily, at a transaction's first statement that writes or
 * locks ({@code SELECT … FOR UPDATE}), and held until it has committed or rolled back: a transaction that only reads
 * never waits for a writer. PostgreSQL needs no turn. See docs/operations.md, "Crash safety".
 */
final class H2WriterTurn {

    /** How long a transaction waits for its turn before it fails (a guard, not a timing in normal use). */
    private static final long TURN_SECONDS = 30;
    private static final Pattern READ = Pattern.compile("^\\s*(\\(\\s*)*(SELECT|VALUES|SHOW|EXPLAIN)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LOCKING = Pattern.compile("\\bFOR\\s+(UPDATE|SHARE)\\b", Pattern.CASE_INSENSITIVE);

    private final ReentrantLock turn = new ReentrantLock(true);
    /** Transactions that held the turn so far: the database changed unless this count did not move. */
    private final AtomicLong writers = new AtomicLong();

    /** One top-level transaction's claim on the turn. */
    final class Claim {
        private boolean held;

        void takeFor(String sql) throws SQLException {
            if (!held && writes(sql)) {
                acquire();
                held = true;
            }
        }

        /** After commit or rollback. */
        void release() {
            if (held) {
                held = false;
                writers.incrementAndGet(); // before the unlock: the count is exact while one holds the turn
                turn.unlock();
            }
        }

        /** The connection as the transaction's code sees it: every statement passes the claim first. */
        Connection guard(Connection connection) {
            return proxy(Connection.class, connection, (method, args) -> {
                String name = method.getName();
                if ((name.equals("prepareStatement") || name.equals("prepareCall")) && args != null
                        && args[0] instanceof String sql) {
                    takeFor(name.equals("prepareCall") ? "CALL" : sql);
                }
                Object result = method.invoke(connection, args);
                return name.equals("createStatement") ? proxy(Statement.class, (Statement) result, (m, a) -> {
                    if (a != null && a.length > 0 && a[0] instanceof String sql) {
                        takeFor(sql);
                    }
                    return m.invoke(result, a);
                }) : result;
            });
        }
    }

    Claim claim() {
        return new Claim();
    }

    /** How many transactions have held the turn and released it (committed or rolled back). */
    long writers() {
        return writers.get();
    }

    static boolean writes(String sql) {
        return !READ.matcher(sql).find() || LOCKING.matcher(sql).find();
    }

    private void acquire() throws SQLException {
        try {
            if (!turn.tryLock(TURN_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLException("No turn on the H2 database within " + TURN_SECONDS + " s", "57014");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the H2 database", "57014", e);
        }
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (p, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(H2WriterTurn.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
