package org.asskomm.bench.platform;

import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

/**
 * Data scale: ten years of data for all 418 municipalities (agreements and consultations, councils with members,
 * meetings and tasks, 50,000 funding applications with their ledger, 1 million patrol log entries), written
 * straight into the stopped instance's H2 file with JDBC batches (the schema is the modules' own, created by
 * their migrations when the instance booted with every module). Then the instance is started again and the
 * first page of every list endpoint and every statistics endpoint is timed. Smoke: 1 % of the data.
 */
final class DataScale {

    private static final int YEARS = 10;
    private static final int FIRST_YEAR = LocalDate.now().getYear() - YEARS + 1;
    private static final String[] AGREEMENT_STATUS = {"FIRST_CONTACT", "PRE_AGREEMENT", "SIGNED", "ACTIVE", "SIGNED", "ACTIVE"};
    private static final String[] COUNCIL_STATUS = {"PLANNED", "COORDINATION_OFFICE", "CONSTITUTED", "CONSTITUTED", "DORMANT"};
    private static final String[] SECTORS = {"ADMINISTRATION", "POLICE", "EDUCATION"};
    private static final String[] APPLICATION_STATUS = {"SUBMITTED", "UNDER_REVIEW", "APPROVED", "APPROVED", "REJECTED", "CLOSED"};
    private static final String[] ACTION_FIELDS = {"Gewaltprävention", "Suchtprävention", "Sicherheit im Alter", "Öffentlicher Raum"};

    private final PlatformBenchmark bench;
    private final double scale;
    private final Random random = new Random(42);
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private String someCouncil;
    private String someProgramme;
    private String someCompound;

    DataScale(PlatformBenchmark bench) {
        this.bench = bench;
        this.scale = bench.smoke ? 0.01 : 1.0;
    }

    record Municipality(String ags, String name, String district) {
    }

    void run(KarafProcess karaf) throws Exception {
        karaf.stop();
        long t0 = System.nanoTime();
        try (Connection c = open(karaf.home())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // the generator writes children before their parents are flushed; the data is consistent by construction
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
            List<Municipality> municipalities = municipalities(c);
            enableEverything(c, municipalities);
            agreements(c, municipalities);
            councils(c, municipalities);
            funding(c, municipalities);
            patrol(c, municipalities);
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
                s.execute("ANALYZE");
            }
            c.commit();
        }
        double generated = (System.nanoTime() - t0) / 1e9;
        PlatformBenchmark.log("data scale: generated %s in %.1f s", rows, generated);
        karaf.start();
        // not /api/v1/health: after a restart with data it once stayed 404 while every other resource answered
        karaf.awaitHttp("/api/v1/municipalities", PlatformBenchmark.USER, PlatformBenchmark.PASSWORD, s -> s == 200, bench.bootTimeout);
        for (String endpoint : PlatformBenchmark.MODULE_ENDPOINTS.values()) {
            karaf.awaitHttp(endpoint, PlatformBenchmark.USER, PlatformBenchmark.PASSWORD, s -> s == 200, bench.bootTimeout);
        }
        measure(karaf, generated);
    }

    private Connection open(Path home) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(System.getProperty("bench.h2")).toUri().toURL()});
        Driver driver = (Driver) loader.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance();
        Properties p = new Properties();
        p.setProperty("user", "asskomm");
        p.setProperty("password", "asskomm");
        // the URL options of etc/org.ops4j.datasource-asskomm.cfg
        return driver.connect("jdbc:h2:" + home.resolve("data/asskomm/asskomm")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=262144;RETENTION_TIME=0", p);
    }

    private static List<Municipality> municipalities(Connection c) throws SQLException {
        List<Municipality> result = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT ags, name, district FROM platform_municipality ORDER BY ags")) {
            while (rs.next()) {
                result.add(new Municipality(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return result;
    }

    private void enableEverything(Connection c, List<Municipality> municipalities) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM platform_module_enablement");
        }
        try (Batch b = new Batch(c, "platform_module_enablement", "INSERT INTO platform_module_enablement (module_id, ags, enabled_at, enabled_by) VALUES (?, ?, ?, ?)")) {
            for (String module : List.of("agreements", "councils", "funding", "training", "patrol")) {
                for (Municipality m : municipalities) {
                    b.add(module, m.ags(), now(), "bench");
                }
            }
        }
    }

    private void agreements(Connection c, List<Municipality> municipalities) throws SQLException {
        try (Batch a = new Batch(c, "agreements_agreement", "INSERT INTO agreements_agreement (id, municipality, subject, status, signed_on, signed_at, valid_from, valid_until, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch t = new Batch(c, "agreements_text", "INSERT INTO agreements_text (owner_id, kind, position, text) VALUES (?, ?, ?, ?)");
             Batch p = new Batch(c, "agreements_party", "INSERT INTO agreements_party (id, agreement_id, position, organisation, type, municipality) VALUES (?, ?, ?, ?, ?, ?)");
             Batch s = new Batch(c, "agreements_signatory", "INSERT INTO agreements_signatory (party_id, position, name, function) VALUES (?, ?, ?, ?)");
             Batch h = new Batch(c, "agreements_status_history", "INSERT INTO agreements_status_history (agreement_id, position, status, changed_on, changed_by) VALUES (?, ?, ?, ?, ?)");
             Batch k = new Batch(c, "agreements_consultation", "INSERT INTO agreements_consultation (id, municipality, held_on, outcome, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Municipality m : municipalities) {
                String id = uuid();
                String status = AGREEMENT_STATUS[random.nextInt(AGREEMENT_STATUS.length)];
                LocalDate signed = day(random.nextInt(YEARS));
                boolean isSigned = status.equals("SIGNED") || status.equals("ACTIVE");
                a.add(id, m.ags(), "Kooperationsvereinbarung " + m.name(), status, isSigned ? Date.valueOf(signed) : null,
                        isSigned ? m.name() : null, null, null, now(), now(), 1);
                t.add(id, "GOAL", 0, "Extend the municipal prevention structures");
                t.add(id, "MEASURE", 0, "Set up a coordination office");
                String party = uuid();
                p.add(party, id, 0, m.name(), "MUNICIPALITY", m.ags());
                s.add(party, 0, "N. N.", "Bürgermeister");
                h.add(id, 0, status, Date.valueOf(signed), "bench");
                for (int y = 0; y < 3; y++) {
                    k.add(uuid(), m.ags(), Date.valueOf(day(random.nextInt(YEARS))), "advised", now(), "bench");
                }
            }
        }
    }

    private void councils(Connection c, List<Municipality> municipalities) throws SQLException {
        try (Batch co = new Batch(c, "councils_council", "INSERT INTO councils_council (id, ags, district, name, scope, status, status_since, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch cl = new Batch(c, "councils_local_claim", "INSERT INTO councils_local_claim (ags, council_id) VALUES (?, ?)");
             Batch h = new Batch(c, "councils_status_history", "INSERT INTO councils_status_history (id, council_id, status, changed_on, recorded_at, user_name) VALUES (?, ?, ?, ?, ?, ?)");
             Batch me = new Batch(c, "councils_member", "INSERT INTO councils_member (id, council_id, name, organisation, sector, voting, steering, member_since, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch mt = new Batch(c, "councils_meeting", "INSERT INTO councils_meeting (id, council_id, held_on, title, location, version) VALUES (?, ?, ?, ?, ?, ?)");
             Batch ta = new Batch(c, "councils_task", "INSERT INTO councils_task (id, council_id, meeting_id, title, owner, due_on, done_on, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int meetingsPerYear = bench.smoke ? 1 : 4;
            for (Municipality m : municipalities) {
                if (random.nextInt(10) >= 6) {
                    continue;   // 60 % of the municipalities have a council
                }
                String id = uuid();
                someCouncil = someCouncil == null ? id : someCouncil;
                String status = COUNCIL_STATUS[random.nextInt(COUNCIL_STATUS.length)];
                LocalDate founded = day(random.nextInt(3));
                co.add(id, m.ags(), m.district(), "Kommunaler Präventionsrat " + m.name(), "MUNICIPALITY", status,
                        Date.valueOf(founded), now(), 1);
                cl.add(m.ags(), id);
                h.add(uuid(), id, "PLANNED", Date.valueOf(founded), now(), "bench");
                h.add(uuid(), id, status, Date.valueOf(founded.plusMonths(6)), now(), "bench");
                for (int i = 0; i < 10; i++) {
                    me.add(uuid(), id, "Mitglied " + i, "Organisation " + i, SECTORS[i % SECTORS.length], true, i < 3,
                            Date.valueOf(founded), 1);
                }
                for (int y = 0; y < YEARS; y++) {
                    for (int q = 0; q < meetingsPerYear; q++) {
                        String meeting = uuid();
                        LocalDate held = LocalDate.of(FIRST_YEAR + y, 1 + q * 3, 15);
                        mt.add(meeting, id, Date.valueOf(held), "Sitzung " + (y * 4 + q + 1), m.name(), 1);
                        ta.add(uuid(), id, meeting, "Aufgabe aus Sitzung " + (y * 4 + q + 1), "Koordinator",
                                Date.valueOf(held.plusMonths(2)), random.nextInt(10) < 8 ? Date.valueOf(held.plusMonths(1)) : null, 1);
                    }
                }
            }
        }
    }

    private void funding(Connection c, List<Municipality> municipalities) throws SQLException {
        int applications = (int) (50_000 * scale);
        List<String> programmes = new ArrayList<>();
        try (Batch p = new Batch(c, "funding_programme", "INSERT INTO funding_programme (id, programme_year, title, budget, funding_rate, min_own_share, min_grant, window_opens, window_closes, reimbursement_threshold, proof_months, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int y = 0; y < YEARS; y++) {
                String id = uuid();
                programmes.add(id);
                p.add(id, FIRST_YEAR + y, "Förderprogramm " + (FIRST_YEAR + y), new BigDecimal("130000000.00"),
                        new BigDecimal("0.9000"), new BigDecimal("0.1000"), new BigDecimal("1000.00"),
                        Date.valueOf(LocalDate.of(FIRST_YEAR + y, 1, 1)), Date.valueOf(LocalDate.of(FIRST_YEAR + y, 3, 31)),
                        new BigDecimal("20000.00"), 6, now(), 1);
            }
        }
        someProgramme = programmes.get(programmes.size() - 1);
        try (Batch a = new Batch(c, "funding_application", "INSERT INTO funding_application (id, programme_id, municipality, municipality_name, district, applicant, title, action_field, location, period_start, period_end, problem_description, cause_analysis, goals_and_target_groups, measures, implementation, evaluation, conclusions, consultation_date, consultation_reference, requested_amount, own_contribution, other_funding, exception_requested, status, submitted_at, decision_outcome, granted_amount, decided_by, decided_at, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch i = new Batch(c, "funding_cost_item", "INSERT INTO funding_cost_item (application_id, position, category, description, amount) VALUES (?, ?, ?, ?, ?)");
             Batch l = new Batch(c, "funding_ledger", "INSERT INTO funding_ledger (id, programme_id, application_id, municipality, district, action_field, kind, amount, value_date, booked_at, booked_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < applications; n++) {
                int y = n % YEARS;
                Municipality m = municipalities.get(random.nextInt(municipalities.size()));
                String id = uuid();
                String status = APPLICATION_STATUS[random.nextInt(APPLICATION_STATUS.length)];
                boolean decided = status.equals("APPROVED") || status.equals("CLOSED") || status.equals("REJECTED");
                boolean granted = decided && !status.equals("REJECTED");
                String field = ACTION_FIELDS[n % ACTION_FIELDS.length];
                BigDecimal amount = new BigDecimal(1000 + random.nextInt(40) * 500).setScale(2);
                Timestamp decidedAt = decided ? Timestamp.valueOf(LocalDateTime.of(FIRST_YEAR + y, 5, 1, 10, 0)) : null;
                a.add(id, programmes.get(y), m.ags(), m.name(), m.district(), "Gemeinde " + m.name(), "Projekt " + n, field,
                        m.name(), Date.valueOf(LocalDate.of(FIRST_YEAR + y, 2, 1)), Date.valueOf(LocalDate.of(FIRST_YEAR + y, 11, 30)),
                        "p", "c", "g", "m", "i", "e", "s", Date.valueOf(LocalDate.of(FIRST_YEAR + y, 1, 10)), "LPR-" + n,
                        amount, amount.divide(BigDecimal.TEN), BigDecimal.ZERO.setScale(2), false, status,
                        Timestamp.valueOf(LocalDateTime.of(FIRST_YEAR + y, 2, 1, 10, 0)), decided ? (granted ? "APPROVED" : "REJECTED") : null,
                        granted ? amount : null, decided ? "bench" : null, decidedAt, now(), 3);
                i.add(id, 0, "MATERIAL", "material", amount.add(amount.divide(BigDecimal.TEN)));
                if (granted) {
                    l.add(uuid(), programmes.get(y), id, m.ags(), m.district(), field, "COMMITMENT", amount,
                            Date.valueOf(LocalDate.of(FIRST_YEAR + y, 5, 1)), decidedAt, "bench");
                    l.add(uuid(), programmes.get(y), id, m.ags(), m.district(), field, "PAYOUT", amount,
                            Date.valueOf(LocalDate.of(FIRST_YEAR + y, 6, 1)), decidedAt, "bench");
                }
            }
        }
    }

    private void patrol(Connection c, List<Municipality> municipalities) throws SQLException {
        int compounds = 40;
        int logs = (int) (1_000_000 * scale);
        List<String> ids = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        List<List<String>> officers = new ArrayList<>();
        try (Batch co = new Batch(c, "patrol_compound", "INSERT INTO patrol_compound (id, name, lead_ags, start_date, untouched_after_days, version) VALUES (?, ?, ?, ?, ?, ?)");
             Batch me = new Batch(c, "patrol_member", "INSERT INTO patrol_member (compound_id, ags, role, contracted_hours) VALUES (?, ?, ?, ?)");
             Batch of = new Batch(c, "patrol_officer", "INSERT INTO patrol_officer (id, compound_id, name, home_ags, weekly_hours, version) VALUES (?, ?, ?, ?, ?, ?)");
             Batch pl = new Batch(c, "patrol_place", "INSERT INTO patrol_place (id, compound_id, ags, name, category, latitude, longitude, priority, last_patrolled_on, untouched_at_start, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int n = 0; n < compounds; n++) {
                String id = uuid();
                ids.add(id);
                List<String> ags = new ArrayList<>();
                for (int k = 0; k < 5; k++) {
                    ags.add(municipalities.get((n * 5 + k) % municipalities.size()).ags());
                }
                members.add(ags);
                co.add(id, "Vollzugsdienst " + n, ags.get(0), Date.valueOf(day(0)), 90, 1);
                for (int k = 0; k < ags.size(); k++) {
                    me.add(id, ags.get(k), k == 0 ? "LEAD" : "PARTNER", new BigDecimal("40.00"));
                }
                List<String> os = new ArrayList<>();
                for (int k = 0; k < 5; k++) {
                    String officer = uuid();
                    os.add(officer);
                    of.add(officer, id, "Bedienstete " + k, ags.get(0), new BigDecimal("40.00"), 1);
                }
                officers.add(os);
                for (int k = 0; k < 20; k++) {
                    pl.add(uuid(), id, ags.get(k % ags.size()), "Ort " + k, "PARK", 50.9 + random.nextDouble() * 0.1,
                            13.0 + random.nextDouble() * 0.1, 1 + k % 5, Date.valueOf(day(YEARS - 1)), false, 1);
                }
            }
        }
        someCompound = ids.get(0);
        long days = YEARS * 365L;
        try (Batch lg = new Batch(c, "patrol_log", "INSERT INTO patrol_log (id, compound_id, ags, started_at, ended_at, log_date, km, observations, warnings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             Batch lo = new Batch(c, "patrol_log_officer", "INSERT INTO patrol_log_officer (log_id, officer_id, log_date) VALUES (?, ?, ?)")) {
            for (int n = 0; n < logs; n++) {
                int compound = n % compounds;
                LocalDate date = day(0).plusDays((long) n / compounds * days / Math.max(1, logs / compounds));
                LocalDateTime start = date.atTime(8 + n % 8, 0);
                String id = uuid();
                lg.add(id, ids.get(compound), members.get(compound).get(n % 5), Timestamp.valueOf(start),
                        Timestamp.valueOf(start.plusHours(2)), Date.valueOf(date), new BigDecimal("12.5"), null, n % 3);
                lo.add(id, officers.get(compound).get(n % 5), Date.valueOf(date));
            }
        }
    }

    // ---- measuring -------------------------------------------------------------------------------------------

    private void measure(KarafProcess karaf, double generated) throws Exception {
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("municipalities", "/api/v1/municipalities");
        lists.put("agreements", "/api/v1/agreements");
        lists.put("agreements by district and status", "/api/v1/agreements?district=Mittelsachsen&status=SIGNED");
        lists.put("consultations", "/api/v1/agreements/consultations");
        lists.put("purpose agreements", "/api/v1/agreements/purpose");
        lists.put("councils", "/api/v1/councils");
        lists.put("council meetings", "/api/v1/councils/" + someCouncil + "/meetings");
        lists.put("council tasks", "/api/v1/councils/" + someCouncil + "/tasks");
        lists.put("overdue tasks", "/api/v1/councils/tasks/overdue");
        lists.put("funding programmes", "/api/v1/funding/programmes");
        lists.put("funding applications", "/api/v1/funding/applications");
        lists.put("funding applications of a programme", "/api/v1/funding/applications?programme=" + someProgramme);
        lists.put("funding ledger", "/api/v1/funding/ledger");
        lists.put("overdue proofs", "/api/v1/funding/proofs/overdue");
        lists.put("training courses", "/api/v1/training/courses");
        lists.put("patrol compounds", "/api/v1/patrol/compounds");
        lists.put("patrol logs of a compound", "/api/v1/patrol/compounds/" + someCompound + "/logs");
        lists.put("patrol places", "/api/v1/patrol/compounds/" + someCompound + "/places");
        lists.put("audit log", "/api/v1/audit");
        Map<String, String> statistics = new LinkedHashMap<>();
        statistics.put("agreement statistics", "/api/v1/agreements/statistics?year=" + (FIRST_YEAR + YEARS - 1));
        statistics.put("council statistics", "/api/v1/councils/statistics");
        statistics.put("funding statistics", "/api/v1/funding/statistics");
        statistics.put("funding report by district", "/api/v1/funding/programmes/" + someProgramme + "/report?by=district");
        statistics.put("funding report by municipality", "/api/v1/funding/programmes/" + someProgramme + "/report?by=municipality");
        statistics.put("patrol coverage", "/api/v1/patrol/compounds/" + someCompound + "/coverage");
        statistics.put("patrol monthly statement", "/api/v1/patrol/compounds/" + someCompound + "/statements/"
                + LocalDate.now().minusMonths(2).toString().substring(0, 7));
        int calls = bench.smoke ? 3 : 20;
        StringBuilder detail = new StringBuilder();
        double worstList = time(karaf, lists, calls, detail);
        double worstStats = time(karaf, statistics, calls, detail);
        String size = String.format(java.util.Locale.ROOT, "%,d rows", rows.values().stream().mapToLong(Long::longValue).sum());
        bench.table.add("data scale (" + size + "): slowest list endpoint, first page, median of " + calls + " (ms)",
                PlatformBenchmark.f1(worstList), "—", "—", "< 100 ms", worstList < 100);
        bench.table.add("data scale: slowest statistics endpoint, median of " + calls + " (ms)", PlatformBenchmark.f1(worstStats),
                "—", "—", "< 500 ms", worstStats < 500);
        bench.table.note(String.format(java.util.Locale.ROOT, "data scale: generated %s in %.0f s; medians per endpoint (ms): %s",
                rows, generated, detail));
    }

    private static double time(KarafProcess karaf, Map<String, String> endpoints, int calls, StringBuilder detail) throws Exception {
        double worst = 0;
        try (HttpConnection c = karaf.connection(PlatformBenchmark.USER, PlatformBenchmark.PASSWORD)) {
            for (Map.Entry<String, String> e : endpoints.entrySet()) {
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < calls + 1; i++) {
                    long t0 = System.nanoTime();
                    HttpConnection.Response r = c.get(e.getValue());
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (r.status() != 200) {
                        throw new IllegalStateException(e.getValue() + ": " + r.status() + " " + r.body());
                    }
                    if (i > 0) {
                        times.add(ms);   // the first call warms up
                    }
                }
                double median = Table.median(times);
                worst = Math.max(worst, median);
                detail.append(detail.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(PlatformBenchmark.f1(median));
            }
        }
        return worst;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private LocalDate day(int yearOffset) {
        return LocalDate.of(FIRST_YEAR + yearOffset, 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    private static Timestamp now() {
        return new Timestamp(System.currentTimeMillis());
    }

    /** Ascending UUIDs: the primary-key B-trees grow at their end instead of being read and split all over. */
    private String uuid() {
        return new UUID(++sequence, random.nextLong()).toString();
    }

    private long sequence = 0x1000_0000_0000_0000L;

    /** One prepared INSERT, flushed and committed every 50,000 rows, counted per table. */
    private final class Batch implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement statement;
        private final String table;
        private int pending;

        Batch(Connection connection, String table, String sql) throws SQLException {
            this.connection = connection;
            this.table = table;
            this.statement = connection.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
            rows.merge(table, 1L, Long::sum);
            if (++pending == 50_000) {
                flush();
            }
        }

        private void flush() throws SQLException {
            statement.executeBatch();
            connection.commit();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            flush();
            statement.close();
        }
    }
}
