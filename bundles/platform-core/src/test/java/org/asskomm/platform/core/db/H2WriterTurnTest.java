package org.asskomm.platform.core.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.asskomm.platform.api.persistence.Sql;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.Test;

public class H2WriterTurnTest {

    @Test
    public void statementsThatWriteOrLockTakeTheTurn() {
        assertFalse(H2WriterTurn.writes("SELECT * FROM t WHERE a = ?"));
        assertFalse(H2WriterTurn.writes("  select count(*) from t"));
        assertFalse(H2WriterTurn.writes("(SELECT a FROM t) UNION (SELECT a FROM u)"));
        assertTrue(H2WriterTurn.writes("SELECT * FROM t WHERE id = ? FOR UPDATE"));
        assertTrue(H2WriterTurn.writes("INSERT INTO t VALUES (1)"));
        assertTrue(H2WriterTurn.writes("update t set a = 1"));
        assertTrue(H2WriterTurn.writes("DELETE FROM t"));
        assertTrue(H2WriterTurn.writes("MERGE INTO t KEY (id) VALUES (1)"));
        assertTrue("conservative: a CTE may modify", H2WriterTurn.writes("WITH x AS (SELECT 1) SELECT * FROM x"));
    }

    /** A transaction that only reads is not held up by a writer that holds the turn; a second writer is. */
    @Test
    public void readersDoNotWaitForAWriter() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:turn-" + java.util.UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
        CoreDatabase database = new CoreDatabase(ds);
        database.inTransaction(c -> Sql.update(c, "CREATE TABLE t (id INT PRIMARY KEY, a INT)") + Sql.update(c,
                "INSERT INTO t VALUES (1, 0)"));
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = pool.submit(() -> database.inTransaction(c -> {
                Sql.update(c, "UPDATE t SET a = 1 WHERE id = 1");
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertTrue(writing.await(10, TimeUnit.SECONDS));
            Future<Long> reader = pool.submit(() -> database.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM t")));
            assertEquals("the reader answers while the writer holds the turn", 1L, (long) reader.get(5, TimeUnit.SECONDS));
            Future<Integer> secondWriter = pool.submit(() -> database.inTransaction(c ->
                    Sql.update(c, "INSERT INTO t VALUES (2, 0)")));
            Thread.sleep(300);
            assertFalse("the second writer waits for the turn", secondWriter.isDone());
            release.countDown();
            writer.get(10, TimeUnit.SECONDS);
            assertEquals(1, (int) secondWriter.get(10, TimeUnit.SECONDS));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
