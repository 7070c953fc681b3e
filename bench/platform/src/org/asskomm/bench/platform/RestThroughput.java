package org.asskomm.bench.platform;

import static org.asskomm.bench.platform.PlatformBenchmark.ID;
import static org.asskomm.bench.platform.PlatformBenchmark.PASSWORD;
import static org.asskomm.bench.platform.PlatformBenchmark.USER;
import static org.asskomm.bench.platform.PlatformBenchmark.VERSION;
import static org.asskomm.bench.platform.PlatformBenchmark.expect;
import static org.asskomm.bench.platform.PlatformBenchmark.f0;
import static org.asskomm.bench.platform.PlatformBenchmark.f1;
import static org.asskomm.bench.platform.PlatformBenchmark.first;
import static org.asskomm.bench.platform.PlatformBenchmark.log;
import static org.asskomm.bench.platform.PlatformBenchmark.municipalities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST throughput benchmarks on a running instance: the directory read against the raw servlet, an
 * authenticated list read from the database, agreement writes, and funding approvals racing for one budget.
 */
final class RestThroughput {

    static final String READ_PATH = "/api/v1/municipalities?district=Mittelsachsen";

    private final boolean smoke;
    private final Table table;
    private double rawReadsPerSecond = Double.NaN;

    RestThroughput(PlatformBenchmark bench) {
        this.smoke = bench.smoke;
        this.table = bench.table;
    }


    // ---- 5: read throughput ----------------------------------------------------------------------------------

    static final int JIT_WARMUP_SECONDS = 30;

    void readThroughput(KarafProcess karaf) throws Exception {
        int rounds = smoke ? 1 : 3;
        double warmup = smoke ? 1 : 5, seconds = smoke ? 3 : 12;
        List<Double> raw = new ArrayList<>(), api = new ArrayList<>(), rawP99 = new ArrayList<>(), apiP99 = new ArrayList<>();
        long errors = 0;
        if (!smoke) {
            // steady state, as a server runs it: the JIT compiles CXF's and Jackson's paths only after some
            // hundred thousand calls, while the raw servlet's few methods are compiled within the first second
            Load.run(16, 0, JIT_WARMUP_SECONDS, 1, i -> karaf.connection(USER, PASSWORD),
                    (c, client, i) -> c.get(READ_PATH).status() == 200 ? 0 : 1);
            log("read: %d s of REST reads before the measured rounds (JIT warm-up)", JIT_WARMUP_SECONDS);
        }
        for (int round = 0; round < rounds; round++) {
            Load.Result r = Load.run(16, warmup, seconds, 1, i -> karaf.connection(null, null),
                    (c, client, i) -> c.get("/bench/raw").status() == 200 ? 0 : 1);
            Load.Result a = Load.run(16, warmup, seconds, 1, i -> karaf.connection(USER, PASSWORD),
                    (c, client, i) -> c.get(READ_PATH).status() == 200 ? 0 : 1);
            errors += r.errors() + a.errors();
            raw.add(r.perSecond());
            api.add(a.perSecond());
            rawP99.add(r.p99Millis());
            apiP99.add(a.p99Millis());
            log("read round %d: raw servlet %.0f req/s (p50 %.1f ms, p99 %.1f ms), REST %.0f req/s (p50 %.1f ms, p99 %.1f ms), errors %d %s",
                    round + 1, r.perSecond(), r.p50Millis(), r.p99Millis(), a.perSecond(), a.p50Millis(), a.p99Millis(),
                    r.errors() + a.errors(), a.firstError() == null ? "" : a.firstError());
        }
        double rs = Table.median(raw), as = Table.median(api);
        rawReadsPerSecond = rs;
        table.add("REST read GET " + READ_PATH + ", 16 connections (req/s)", f0(as), f0(rs) + " (raw servlet)",
                Math.round(100 * as / rs) + " %", "≥ 50 %", as / rs >= 0.5);
        table.add("REST read p99 latency (ms)", f1(Table.median(apiP99)), f1(Table.median(rawP99)), "—", "reported", null);
        if (errors > 0) {
            throw new IllegalStateException(errors + " read requests failed");
        }
    }

    /** An authenticated list read from the database: the agreements of one municipality (after the write benchmark). */
    void listReadThroughput(KarafProcess karaf) throws Exception {
        String path = "/api/v1/agreements?municipality=" + municipalities(karaf, 1).get(0) + "&limit=20";
        double warmup = smoke ? 1 : 5, seconds = smoke ? 3 : 12;
        Load.Result r = Load.run(16, warmup, seconds, 1, i -> karaf.connection(USER, PASSWORD),
                (c, client, i) -> c.get(path).status() == 200 ? 0 : 1);
        log("list read %s: %.0f req/s (p50 %.1f ms, p99 %.1f ms), errors %d", path, r.perSecond(), r.p50Millis(),
                r.p99Millis(), r.errors());
        table.add("REST list read GET /api/v1/agreements?municipality=…&limit=20 (database), 16 connections (req/s); p99 (ms)",
                f0(r.perSecond()) + "; " + f1(r.p99Millis()), f0(rawReadsPerSecond) + " (raw servlet)",
                Math.round(100 * r.perSecond() / rawReadsPerSecond) + " %", "reported", null);
        if (r.errors() > 0) {
            throw new IllegalStateException(r.errors() + " list reads failed");
        }
    }

    // ---- 6: write throughput ---------------------------------------------------------------------------------

    void writeThroughput(KarafProcess karaf) throws Exception {
        List<String> municipalities = municipalities(karaf, 16);
        try (HttpConnection c = karaf.connection(USER, PASSWORD)) {
            for (String ags : municipalities) {
                expect(200, c.send("PUT", "/api/v1/municipalities/" + ags + "/modules/agreements", null));
            }
        }
        int rounds = smoke ? 1 : 3;
        double warmup = smoke ? 1 : 3, seconds = smoke ? 3 : 10;
        List<Double> rates = new ArrayList<>(), p99 = new ArrayList<>();
        long errors = 0;
        String firstError = null;
        // like the reads: the write path warm before the measured rounds (before 2026-12-06 the JIT still compiled
        // it during them: 400, 577, 720 req/s in three rounds of one run); the smoke run has no time for it
        for (int round = smoke ? 0 : -1; round < rounds; round++) {
            Load.Result r = Load.run(16, round < 0 ? 20 : warmup, round < 0 ? 1 : seconds, 2,
                    i -> karaf.connection(USER, PASSWORD), (c, client, i) -> {
                String ags = municipalities.get(client);
                HttpConnection.Response created = c.send("POST", "/api/v1/agreements", agreement(ags, "Bench " + i, null));
                if (created.status() != 201) {
                    throw new IllegalStateException("create: " + created.status() + " " + created.body());
                }
                String id = first(ID, created.body());
                int version = Integer.parseInt(first(VERSION, created.body()));
                HttpConnection.Response updated = c.send("PUT", "/api/v1/agreements/" + id,
                        agreement(ags, "Bench " + i + " updated", version));
                if (updated.status() != 200) {
                    throw new IllegalStateException("update: " + updated.status() + " " + updated.body());
                }
                return 0;
            });
            errors += r.errors();
            firstError = firstError == null ? r.firstError() : firstError;
            if (round < 0) {
                log("write warm-up: %.0f req/s in its last second, errors %d", r.perSecond(), r.errors());
                continue;
            }
            rates.add(r.perSecond());
            p99.add(r.p99Millis());
            log("write round %d: %.0f req/s (create + update pairs: p50 %.1f ms, p99 %.1f ms), errors %d %s", round + 1,
                    r.perSecond(), r.p50Millis(), r.p99Millis(), r.errors(), r.firstError() == null ? "" : r.firstError());
        }
        table.add("REST write: agreement create + update, 16 connections (req/s)", f0(Table.median(rates)), "—", "—",
                "reported; 0 errors", errors == 0);
        table.add("REST write p99 of a create + update pair (ms); errors", f1(Table.median(p99)) + "; " + errors, "—", "—",
                "reported", null);
        if (errors > 0) {
            throw new IllegalStateException(errors + " write requests failed, first: " + firstError);
        }
    }

    static String agreement(String ags, String subject, Integer version) {
        return "{\"municipality\": \"" + ags + "\", \"subject\": \"" + subject + "\","
                + " \"goals\": [\"Extend the municipal prevention structures\"], \"measures\": [\"Set up a coordination office\"],"
                + " \"parties\": [{\"organisation\": \"Gemeinde " + ags + "\", \"type\": \"MUNICIPALITY\", \"municipality\": \"" + ags + "\","
                + " \"signatories\": [{\"name\": \"N. N.\", \"function\": \"Bürgermeister\"}]},"
                + " {\"organisation\": \"Polizeidirektion Chemnitz\", \"type\": \"POLICE\", \"municipality\": null,"
                + " \"signatories\": [{\"name\": \"N. N.\", \"function\": \"Revierleiter\"}]}]"
                + (version == null ? "" : ", \"version\": " + version) + "}";
    }

    // ---- 7: funding approvals under contention ----------------------------------------------------------------

    void fundingContention(KarafProcess karaf) throws Exception {
        int clients = 50;
        int applications = smoke ? 60 : 200;
        int approvable = applications / 2;
        String grant = "18000.00";
        String budget = (approvable * 18000) + ".00";
        List<String> municipalities = municipalities(karaf, clients);
        LocalDate today = LocalDate.now();
        int year = today.getYear() + 1;
        String programme;
        try (HttpConnection c = karaf.connection(USER, PASSWORD)) {
            for (String ags : municipalities) {
                expect(200, c.send("PUT", "/api/v1/municipalities/" + ags + "/modules/funding", null));
            }
            programme = first(ID, expect(201, c.send("POST", "/api/v1/funding/programmes", "{\"year\": " + year
                    + ", \"title\": \"Bench " + System.nanoTime() + "\", \"budget\": " + budget + ", \"windowOpens\": \""
                    + today.minusDays(10) + "\", \"windowCloses\": \"" + today.plusDays(10) + "\"}")).body());
        }
        // set-up: applications created, submitted and taken into review (8 threads, not measured)
        ConcurrentLinkedQueue<String[]> underReview = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        Load.Result setup = Load.run(8, 0, 600, 3, i -> karaf.connection(USER, PASSWORD), (c, client, i) -> {
            int n = next.getAndIncrement();
            if (n >= applications) {
                throw new Load.Done();
            }
            String ags = municipalities.get(n % municipalities.size());
            String body = expect(201, c.send("POST", "/api/v1/funding/applications", application(programme, ags, year, today))).body();
            String id = first(ID, body);
            body = expect(200, c.send("POST", "/api/v1/funding/applications/" + id + "/submit",
                    "{\"version\": " + first(VERSION, body) + "}")).body();
            body = expect(200, c.send("POST", "/api/v1/funding/applications/" + id + "/review",
                    "{\"version\": " + first(VERSION, body) + "}")).body();
            underReview.add(new String[] {id, first(VERSION, body)});
            return 0;
        });
        if (underReview.size() != applications) {
            throw new IllegalStateException("set-up failed: " + underReview.size() + " of " + applications + " ready; "
                    + setup.firstError());
        }
        AtomicInteger approved = new AtomicInteger(), refused = new AtomicInteger(), other = new AtomicInteger();
        long t0 = System.nanoTime();
        Load.Result decisions = Load.run(clients, 0, 600, 1, i -> karaf.connection(USER, PASSWORD), (c, client, i) -> {
            String[] a = underReview.poll();
            if (a == null) {
                throw new Load.Done();
            }
            HttpConnection.Response r = c.send("POST", "/api/v1/funding/applications/" + a[0] + "/decision",
                    "{\"outcome\": \"APPROVED\", \"grantedAmount\": " + grant + ", \"version\": " + a[1] + "}");
            if (r.status() == 200) {
                approved.incrementAndGet();
            } else if (r.status() == 409 && r.body().toLowerCase(Locale.ROOT).contains("budget")) {   // German or English
                refused.incrementAndGet();
            } else {
                other.incrementAndGet();
                return 1;
            }
            return 0;
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        String committed;
        try (HttpConnection c = karaf.connection(USER, PASSWORD)) {
            String p = expect(200, c.get("/api/v1/funding/programmes/" + programme)).body();
            Matcher m = Pattern.compile("\"committed\"\\s*:\\s*([0-9.]+)").matcher(p);
            committed = m.find() ? m.group(1) : "?";
        }
        boolean withinBudget = !committed.equals("?") && new java.math.BigDecimal(committed).compareTo(new java.math.BigDecimal(budget)) <= 0
                && new java.math.BigDecimal(committed).compareTo(new java.math.BigDecimal(grant).multiply(java.math.BigDecimal.valueOf(approved.get()))) == 0;
        log("funding: %d decisions by %d clients in %.2f s: %d approved, %d refused for the budget, %d other; committed %s of %s",
                applications, clients, seconds, approved.get(), refused.get(), other.get(), committed, budget);
        table.add("funding approvals, one programme, 50 clients (decisions/s)", f0(applications / seconds), "—", "—", "reported", null);
        table.add("committed after the race / budget (EUR)", committed + " / " + budget + " (" + approved.get() + " approved, "
                + refused.get() + " refused)", "—", "—", "never above budget; = approved × grant", withinBudget && other.get() == 0);
        table.note("funding: p50 " + f1(decisions.p50Millis()) + " ms, p99 " + f1(decisions.p99Millis()) + " ms per decision; "
                + other.get() + " unexpected answers");
        if (!withinBudget || other.get() > 0) {
            throw new IllegalStateException("funding contention broke the budget invariant or failed: " + decisions.firstError());
        }
    }

    static String application(String programme, String ags, int year, LocalDate today) {
        return "{\"programmeId\": \"" + programme + "\", \"municipality\": \"" + ags + "\", \"applicant\": \"Gemeinde " + ags
                + "\", \"title\": \"Prävention in " + ags + "\", \"actionField\": \"Gewaltprävention\", \"location\": \"Sachsen\","
                + " \"periodStart\": \"" + year + "-02-01\", \"periodEnd\": \"" + year + "-11-30\", \"description\": {"
                + "\"problemDescription\": \"p\", \"causeAnalysis\": \"c\", \"goalsAndTargetGroups\": \"g\", \"measures\": \"m\","
                + " \"implementation\": \"i\", \"evaluation\": \"e\", \"conclusions\": \"s\"}, \"consultationDate\": \""
                + today.minusDays(30) + "\", \"consultationReference\": \"LPR-BENCH-" + ags + "\", \"costPlan\": [{\"category\":"
                + " \"MATERIAL\", \"description\": \"material costs\", \"amount\": 20000.00}], \"requestedAmount\": 18000.00,"
                + " \"ownContribution\": 2000.00}";
    }
}
