package org.asskomm.bench.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The platform benchmarks of docs/benchmarks.md, in one run: boot and memory against vanilla Karaf, module
 * installs on a running instance, REST read throughput against a raw servlet, writes, funding approvals under
 * contention and list endpoints on ten years of data. Prints a Markdown table and writes it to
 * {@code bench/target/results.md}. Argument {@code smoke}: one iteration, tiny sizes (CI).
 */
public final class PlatformBenchmark {

    static final String USER = "bench";
    static final String PASSWORD = "bench-secret";
    static final Map<String, String> MODULE_ENDPOINTS = new LinkedHashMap<>();

    static {
        MODULE_ENDPOINTS.put("asskomm-agreements", "/api/v1/agreements");
        MODULE_ENDPOINTS.put("asskomm-councils", "/api/v1/councils");
        MODULE_ENDPOINTS.put("asskomm-funding", "/api/v1/funding/programmes");
        MODULE_ENDPOINTS.put("asskomm-training", "/api/v1/training/courses");
        MODULE_ENDPOINTS.put("asskomm-patrol", "/api/v1/patrol/compounds");
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    private static final Pattern AGS = Pattern.compile("\"ags\"\\s*:\\s*\"(\\d{8})\"");

    final boolean smoke;
    final Path ours;
    final Path vanilla;
    final Path work;
    final Path rawClasses;
    final Table table = new Table();
    final double bootTimeout;
    /** The raw servlet's median read rate of this run, the baseline of every read figure. */
    private double rawReadsPerSecond = Double.NaN;

    PlatformBenchmark(boolean smoke, Path ours, Path vanilla, Path work, Path rawClasses) {
        this.smoke = smoke;
        this.ours = ours;
        this.vanilla = vanilla;
        this.work = work;
        this.rawClasses = rawClasses;
        this.bootTimeout = 300;
    }

    public static void main(String[] args) throws Exception {
        boolean smoke = List.of(args).contains("smoke");
        boolean profile = List.of(args).contains("profile");
        PlatformBenchmark bench = new PlatformBenchmark(smoke, Path.of(System.getProperty("asskomm.distribution")),
                Path.of(System.getProperty("karaf.vanilla")), Path.of(System.getProperty("bench.work")),
                Path.of(System.getProperty("bench.raw.classes")));
        if (profile) {
            bench.profileReads();
        } else if (List.of(args).contains("data")) {
            bench.dataScaleOnly();
        } else if (List.of(args).contains("rest")) {
            bench.restOnly();
        } else {
            bench.run();
        }
    }

    /** bench/run data: only the data-scale benchmark, on one instance booted with every module. */
    void dataScaleOnly() throws Exception {
        try (KarafProcess karaf = KarafProcess.unpack(ours, work.resolve("data"))) {
            addUsers(karaf);
            karaf.append("etc/org.asskomm.modules.cfg", "installed = " + String.join(", ", MODULE_ENDPOINTS.keySet()));
            karaf.start();
            for (String endpoint : MODULE_ENDPOINTS.values()) {
                karaf.awaitHttp(endpoint, USER, PASSWORD, s -> s == 200, bootTimeout);
            }
            new DataScale(this).run(karaf);
        } finally {
            String md = table.markdown();
            System.out.println(md);
            Files.writeString(work.getParent().resolve("data-results.md"), md);
        }
    }

    /** bench/run profile: one instance (core + web), the read load for 30 s under JFR, the summary printed. */
    void profileReads() throws Exception {
        try (KarafProcess karaf = KarafProcess.unpack(ours, work.resolve("profile"))) {
            addUsers(karaf);
            karaf.start();
            karaf.awaitHttp("/api/v1/health", null, null, s -> s == 200, bootTimeout);
            deployRawServlet(karaf);
            Load.run(16, 0, 10, 1, i -> karaf.connection(USER, PASSWORD), (c, client, i) -> c.get(readPath()).status() == 200 ? 0 : 1);
            Load.Result[] result = new Load.Result[1];
            String summary = Profile.record(karaf, work.resolve("read.jfr"), () -> {
                try {
                    result[0] = Load.run(16, 0, 30, 1, i -> karaf.connection(USER, PASSWORD),
                            (c, client, i) -> c.get(readPath()).status() == 200 ? 0 : 1);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            log("REST read under JFR: %.0f req/s, p50 %.1f ms, p99 %.1f ms", result[0].perSecond(), result[0].p50Millis(), result[0].p99Millis());
            System.out.println(summary);
            Files.writeString(work.getParent().resolve("read-profile.txt"), summary);
        }
    }

    /** bench/run rest: the REST read, list read and write benchmarks on one instance (core + web + agreements). */
    void restOnly() throws Exception {
        try (KarafProcess karaf = KarafProcess.unpack(ours, work.resolve("rest"))) {
            addUsers(karaf);
            karaf.append("etc/org.asskomm.modules.cfg", "installed = asskomm-agreements");
            karaf.start();
            karaf.awaitHttp("/api/v1/agreements", USER, PASSWORD, s -> s == 200, bootTimeout);
            deployRawServlet(karaf);
            readThroughput(karaf);
            writeThroughput(karaf);
            listReadThroughput(karaf);
        } finally {
            String md = table.markdown();
            System.out.println(md);
            Files.writeString(work.getParent().resolve("rest-results.md"), md);
        }
    }

    void run() throws Exception {
        long began = System.nanoTime();
        LoadAverage load = LoadAverage.start();
        KarafProcess instance = boots();
        try {
            moduleInstalls(instance);
            readThroughput(instance);
            writeThroughput(instance);
            listReadThroughput(instance);
            fundingContention(instance);
            new DataScale(this).run(instance);
        } finally {
            instance.stop();
        }
        try {
            new Restarts(this).run(smoke ? 2 : 20);
        } finally {
            // the figures measured so far, also when a later benchmark broke
            table.note(String.format(Locale.ROOT, "platform benchmarks took %.0f s; 1-minute load average during the run: %s",
                    (System.nanoTime() - began) / 1e9, load.summary()));
            String md = table.markdown();
            System.out.println();
            System.out.println(md);
            Files.writeString(work.getParent().resolve("platform-results.md"), md);
        }
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }

    // ---- 1-3: boot and memory ------------------------------------------------------------------------------

    /** Boots vanilla Karaf, ours with all modules and ours (core + web) in turn; returns the last core instance. */
    KarafProcess boots() throws Exception {
        int rounds = smoke ? 1 : 3;
        double settle = smoke ? 2 : 5;
        List<Double> vanillaBoot = new ArrayList<>(), coreBoot = new ArrayList<>(), allBoot = new ArrayList<>();
        List<Double> vanillaRss = new ArrayList<>(), coreRss = new ArrayList<>(), allRss = new ArrayList<>();
        List<Double> vanillaHeap = new ArrayList<>(), coreHeap = new ArrayList<>(), allHeap = new ArrayList<>();
        List<Double> vanillaCpu = new ArrayList<>(), coreCpu = new ArrayList<>(), allCpu = new ArrayList<>();
        KarafProcess keep = null;
        for (int round = 0; round < rounds; round++) {
            try (KarafProcess v = KarafProcess.unpack(vanilla, work.resolve("vanilla"))) {
                bootVanillaWithHttpAndScr(v);
                v.start();
                vanillaBoot.add(v.awaitHttp("/", null, null, status -> true, bootTimeout));
                vanillaCpu.add(v.cpuSeconds());
                Thread.sleep((long) (settle * 1000));
                vanillaRss.add(v.rssMb());
                vanillaHeap.add(v.heapAfterGcMb());
                log("vanilla Karaf: first HTTP answer after %.2f s, RSS %.0f MB", vanillaBoot.get(round), vanillaRss.get(round));
            }
            try (KarafProcess all = KarafProcess.unpack(ours, work.resolve("all"))) {
                addUsers(all);
                all.append("etc/org.asskomm.modules.cfg", "installed = " + String.join(", ", MODULE_ENDPOINTS.keySet()));
                all.start();
                all.awaitHttp("/api/v1/health", null, null, s -> s == 200, bootTimeout);
                double t = 0;
                for (String endpoint : MODULE_ENDPOINTS.values()) {
                    t = Math.max(t, all.awaitHttp(endpoint, USER, PASSWORD, s -> s == 200, bootTimeout));
                }
                allBoot.add(t);
                allCpu.add(all.cpuSeconds());
                Thread.sleep((long) (settle * 1000));
                allRss.add(all.rssMb());
                allHeap.add(all.heapAfterGcMb());
                log("ours, all modules: every module endpoint 200 after %.2f s, RSS %.0f MB", t, allRss.get(round));
            }
            KarafProcess core = KarafProcess.unpack(ours, work.resolve("core"));
            addUsers(core);
            core.start();
            coreBoot.add(core.awaitHttp("/api/v1/health", null, null, s -> s == 200, bootTimeout));
            coreCpu.add(core.cpuSeconds());
            Thread.sleep((long) (settle * 1000));
            coreRss.add(core.rssMb());
            coreHeap.add(core.heapAfterGcMb());
            log("ours, core + web: /api/v1/health 200 after %.2f s, RSS %.0f MB", coreBoot.get(round), coreRss.get(round));
            if (round == rounds - 1) {
                keep = core;
            } else {
                core.stop();
            }
        }
        double vb = Table.median(vanillaBoot), cb = Table.median(coreBoot), ab = Table.median(allBoot);
        table.add("cold boot, core + web, to healthy /api/v1/health (s)", f2(cb), f2(vb), f2(cb / vb) + "×", "≤ 1.5×", cb / vb <= 1.5);
        table.add("cold boot, all five modules, to every module endpoint 200 (s)", f2(ab), f2(vb), f2(ab / vb) + "×", "≤ 1.8×", ab / vb <= 1.8);
        double vc = Table.median(vanillaCpu), cc = Table.median(coreCpu), ac = Table.median(allCpu);
        table.add("CPU time of the JVM until ready, core + web (s)", f1(cc), f1(vc), f2(cc / vc) + "×", "(1.5× for wall clock)", null);
        table.add("CPU time of the JVM until ready, all modules (s)", f1(ac), f1(vc), f2(ac / vc) + "×", "(1.8× for wall clock)", null);
        double vr = Table.median(vanillaRss), ar = Table.median(allRss), cr = Table.median(coreRss);
        table.add("resident memory after boot, all modules (MB)", f0(ar), f0(vr), f2(ar / vr) + "×", "≤ 1.5×", ar / vr <= 1.5);
        table.add("resident memory after boot, core + web (MB)", f0(cr), f0(vr), f2(cr / vr) + "×", "—", null);
        double vh = Table.median(vanillaHeap), ah = Table.median(allHeap), ch = Table.median(coreHeap);
        table.add("heap after full GC, all modules (MB)", f0(ah), f0(vh), f2(ah / vh) + "×", "reported", null);
        table.add("heap after full GC, core + web (MB)", f0(ch), f0(vh), f2(ch / vh) + "×", "reported", null);
        table.note("boot runs (s): vanilla " + Table.all(vanillaBoot, "%.2f") + ", core + web " + Table.all(coreBoot, "%.2f")
                + ", all modules " + Table.all(allBoot, "%.2f") + "; RSS (MB): vanilla " + Table.all(vanillaRss, "%.0f")
                + ", all " + Table.all(allRss, "%.0f") + "; CPU until ready (s): vanilla " + Table.all(vanillaCpu, "%.1f")
                + ", core + web " + Table.all(coreCpu, "%.1f") + ", all " + Table.all(allCpu, "%.1f"));
        return keep;
    }

    static void bootVanillaWithHttpAndScr(KarafProcess karaf) throws IOException {
        Path cfg = karaf.home().resolve("etc/org.apache.karaf.features.cfg");
        String text = Files.readString(cfg);
        String changed = text.replaceFirst("featuresBoot\\s*=\\s*\\\\", "featuresBoot = \\\\\n    http, \\\\\n    scr, \\\\");
        if (changed.equals(text)) {
            throw new IllegalStateException("no featuresBoot in " + cfg);
        }
        Files.writeString(cfg, changed);
        // the http feature's bundles are not in vanilla Karaf's system/ folder: read them from the local Maven
        // repository as plain files, like our distribution reads its system/ folder, and never from the network
        String m2 = System.getProperty("bench.m2");
        karaf.append("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository = " + m2
                + "\norg.ops4j.pax.url.mvn.defaultRepositories = file:${karaf.home}/${karaf.default.repository}@id=system.repository@snapshots,"
                + " file:" + m2 + "@id=bench.m2@snapshots\norg.ops4j.pax.url.mvn.repositories =");
    }

    static void addUsers(KarafProcess karaf) throws IOException {
        karaf.append("etc/users.properties", USER + " = " + PASSWORD + ", lpr-admin");
    }

    // ---- 4: module installs on a running instance ------------------------------------------------------------

    void moduleInstalls(KarafProcess karaf) throws Exception {
        deployRawServlet(karaf);
        int logLinesBefore = karaf.log().size();
        List<Double> times = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        StringBuilder each = new StringBuilder();
        try (HttpConnection c = karaf.connection(USER, PASSWORD)) {
            for (Map.Entry<String, String> module : MODULE_ENDPOINTS.entrySet()) {
                double cpu0 = karaf.cpuSeconds();
                long t0 = System.nanoTime();
                HttpConnection.Response r = c.send("PUT", "/api/v1/platform/features/" + module.getKey(), null);
                if (r.status() != 202) {
                    throw new IllegalStateException("install " + module.getKey() + ": " + r.status() + " " + r.body());
                }
                int last;
                do {
                    Thread.sleep(20);
                    last = c.get(module.getValue()).status();
                } while (last != 200 && System.nanoTime() - t0 < 120e9);
                double s = (System.nanoTime() - t0) / 1e9;
                if (last != 200) {
                    throw new IllegalStateException(module.getValue() + " did not answer after installing " + module.getKey());
                }
                double cpu = karaf.cpuSeconds() - cpu0;
                times.add(s);
                cpus.add(cpu);
                each.append(each.length() == 0 ? "" : ", ").append(module.getKey().substring(8)).append(' ').append(f2(s))
                        .append(" s (CPU ").append(f1(cpu)).append(" s)");
                log("installed %s: %s answers after %.2f s (JVM CPU %.1f s)", module.getKey(), module.getValue(), s, cpu);
            }
        }
        Thread.sleep(1000);
        InstallLog installLog = InstallLog.parse(karaf.log().subList(logLinesBefore, karaf.log().size()));
        long rawStarts = rawServletStarts(karaf);
        double max = times.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        table.add("feature install until the module endpoint answers, slowest of 5 (s)", f2(max), "—", "—", "≤ 2 s each", max <= 2.0);
        table.add("JVM CPU time per feature install, median of 5 (s)", f1(Table.median(cpus)), "—", "—", "reported", null);
        boolean untouched = installLog.stoppedOrRefreshed().isEmpty() && rawStarts == 1;
        table.add("bundles stopped, refreshed or updated by the 5 installs", Integer.toString(installLog.stoppedOrRefreshed().size()),
                "—", "—", "0 (no core bundle restarted)", untouched);
        table.note("module installs: " + each + "; the features service logged " + installLog.started().size()
                + " bundles started, " + installLog.stoppedOrRefreshed().size() + " stopped/refreshed/updated "
                + installLog.stoppedOrRefreshed() + "; the raw bench servlet bundle (wired to Pax Web's servlet API) was activated "
                + rawStarts + " time(s)");
    }

    /** Builds the raw-servlet bundle with the same JSON the REST call returns and drops it into deploy/. */
    void deployRawServlet(KarafProcess karaf) throws Exception {
        String json;
        try (HttpConnection c = karaf.connection(USER, PASSWORD)) {
            HttpConnection.Response r = c.get(readPath());
            if (r.status() != 200) {
                throw new IllegalStateException(readPath() + ": " + r.status());
            }
            json = r.body();
        }
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.asskomm.bench.raw");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", "org.asskomm.bench.raw.RawServletActivator");
        a.putValue("Import-Package", "javax.servlet;version=\"[3.1,5)\",javax.servlet.http;version=\"[3.1,5)\","
                + "org.osgi.framework;version=\"[1.8,2)\"");
        Path jar = work.resolve("bench-raw-servlet.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            try (Stream<Path> classes = Files.walk(rawClasses)) {
                for (Path p : classes.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(rawClasses.relativize(p).toString().replace('\\', '/')));
                    Files.copy(p, out);
                    out.closeEntry();
                }
            }
            out.putNextEntry(new JarEntry("response.json"));
            out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        Path tmp = karaf.home().resolve("bench-raw-servlet.jar.tmp");
        Files.copy(jar, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, karaf.home().resolve("deploy/bench-raw-servlet.jar"), StandardCopyOption.ATOMIC_MOVE);
        double t0 = System.nanoTime();
        try (HttpConnection c = karaf.connection(null, null)) {
            while (c.get("/bench/raw").status() != 200) {
                if (System.nanoTime() - t0 > 60e9) {
                    throw new IllegalStateException("/bench/raw did not answer; see " + karaf.home().resolve("data/log/karaf.log"));
                }
                Thread.sleep(100);
            }
            if (!c.get("/bench/raw").body().equals(json)) {
                throw new IllegalStateException("the raw servlet answers another body");
            }
        }
    }

    static long rawServletStarts(KarafProcess karaf) throws IOException {
        Path starts = karaf.home().resolve("data/bench-raw-starts.txt");
        return Files.exists(starts) ? Files.readAllLines(starts).size() : 0;
    }

    String readPath() {
        return "/api/v1/municipalities?district=Mittelsachsen";
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
                    (c, client, i) -> c.get(readPath()).status() == 200 ? 0 : 1);
            log("read: %d s of REST reads before the measured rounds (JIT warm-up)", JIT_WARMUP_SECONDS);
        }
        for (int round = 0; round < rounds; round++) {
            Load.Result r = Load.run(16, warmup, seconds, 1, i -> karaf.connection(null, null),
                    (c, client, i) -> c.get("/bench/raw").status() == 200 ? 0 : 1);
            Load.Result a = Load.run(16, warmup, seconds, 1, i -> karaf.connection(USER, PASSWORD),
                    (c, client, i) -> c.get(readPath()).status() == 200 ? 0 : 1);
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
        table.add("REST read GET " + readPath() + ", 16 connections (req/s)", f0(as), f0(rs) + " (raw servlet)",
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
        for (int round = 0; round < rounds; round++) {
            Load.Result r = Load.run(16, warmup, seconds, 2, i -> karaf.connection(USER, PASSWORD), (c, client, i) -> {
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
            } else if (r.status() == 409 && r.body().contains("budget")) {
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

    // ---- helpers ---------------------------------------------------------------------------------------------

    static List<String> municipalities(KarafProcess karaf, int n) throws IOException {
        try (HttpConnection c = karaf.connection(USER, PASSWORD)) {
            String body = expect(200, c.get("/api/v1/municipalities?limit=" + n)).body();
            List<String> result = new ArrayList<>();
            Matcher m = AGS.matcher(body);
            while (m.find() && result.size() < n) {
                result.add(m.group(1));
            }
            if (result.size() < n) {
                throw new IllegalStateException("only " + result.size() + " municipalities");
            }
            return result;
        }
    }

    static HttpConnection.Response expect(int status, HttpConnection.Response r) {
        if (r.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + r.status() + ": " + r.body());
        }
        return r;
    }

    static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(p + " not in " + text);
        }
        return m.group(1);
    }

    static String f0(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    static String f1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
