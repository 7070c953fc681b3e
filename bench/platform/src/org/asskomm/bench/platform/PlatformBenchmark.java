package org.asskomm.bench.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");
    static final Pattern AGS = Pattern.compile("\"ags\"\\s*:\\s*\"(\\d{8})\"");

    final boolean smoke;
    final Path ours;
    final Path vanilla;
    final Path work;
    final Path rawClasses;
    final Table table = new Table();
    final double bootTimeout;
    /** The raw servlet's median read rate of this run, the baseline of every read figure. */
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
        } else if (List.of(args).contains("boot")) {
            bench.bootOnly();
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
            Load.run(16, 0, 10, 1, i -> karaf.connection(USER, PASSWORD), (c, client, i) -> c.get(RestThroughput.READ_PATH).status() == 200 ? 0 : 1);
            Load.Result[] result = new Load.Result[1];
            String summary = Profile.record(karaf, work.resolve("read.jfr"), () -> {
                try {
                    result[0] = Load.run(16, 0, 30, 1, i -> karaf.connection(USER, PASSWORD),
                            (c, client, i) -> c.get(RestThroughput.READ_PATH).status() == 200 ? 0 : 1);
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
            RestThroughput rest = new RestThroughput(this);
            rest.readThroughput(karaf);
            rest.writeThroughput(karaf);
            rest.listReadThroughput(karaf);
        } finally {
            String md = table.markdown();
            System.out.println(md);
            Files.writeString(work.getParent().resolve("rest-results.md"), md);
        }
    }

    /**
     * bench/run boot: only the cold boots against vanilla Karaf (3 rounds) and 5 warm restarts (BENCH_RESTARTS), a
     * few minutes.
     */
    void bootOnly() throws Exception {
        LoadAverage load = LoadAverage.start();
        try {
            boots().stop();
            new Restarts(this).run(Integer.getInteger("bench.restarts", 5));
        } finally {
            table.note("1-minute load average during the run: " + load.summary());
            String md = table.markdown();
            System.out.println(md);
            Files.writeString(work.getParent().resolve("boot-results.md"), md);
        }
    }

    void run() throws Exception {
        long began = System.nanoTime();
        LoadAverage load = LoadAverage.start();
        KarafProcess instance = boots();
        try {
            moduleInstalls(instance);
            RestThroughput rest = new RestThroughput(this);
            rest.readThroughput(instance);
            rest.writeThroughput(instance);
            rest.listReadThroughput(instance);
            rest.fundingContention(instance);
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

    /**
     * The bench user as Karaf stores {@link #PASSWORD} after hashing it (bcrypt, etc/org.apache.karaf.jaas.cfg), the
     * way the distribution ships its admin: a plain password would make Karaf hash it during the boot being measured,
     * a cost of the harness that no shipped distribution has. Produced by booting once with the plain password.
     */
    static final String PASSWORD_HASH = "{CRYPT}JDJhJDEwJGQweHZGUFowYmxvTTQ1NGpkRzlaQi5sMmRTY1drVUpZOWcuN0FYL2ttZ1NRT3Mw"
            + "cUNZRUV1{CRYPT}";

    static void addUsers(KarafProcess karaf) throws IOException {
        karaf.append("etc/users.properties", USER + " = " + PASSWORD_HASH + ", lpr-admin");
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
            HttpConnection.Response r = c.get(RestThroughput.READ_PATH);
            if (r.status() != 200) {
                throw new IllegalStateException(RestThroughput.READ_PATH + ": " + r.status());
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
