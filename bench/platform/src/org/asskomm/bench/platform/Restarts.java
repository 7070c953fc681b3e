package org.asskomm.bench.platform;

import static org.asskomm.bench.platform.PlatformBenchmark.MODULE_ENDPOINTS;
import static org.asskomm.bench.platform.PlatformBenchmark.PASSWORD;
import static org.asskomm.bench.platform.PlatformBenchmark.USER;
import static org.asskomm.bench.platform.PlatformBenchmark.f2;
import static org.asskomm.bench.platform.PlatformBenchmark.log;

import java.util.ArrayList;
import java.util.List;

/**
 * Warm restarts (an existing {@code data/}): one instance with every module and some data is stopped and started
 * again and again; each time {@code /api/v1/health} and every module endpoint must answer 200 within the boot
 * timeout. Vanilla Karaf's warm restart to its first HTTP answer is the baseline, measured in the same run.
 */
final class Restarts {

    private final PlatformBenchmark bench;

    Restarts(PlatformBenchmark bench) {
        this.bench = bench;
    }

    void run(int restarts) throws Exception {
        List<Double> vanilla = new ArrayList<>();
        try (KarafProcess v = KarafProcess.unpack(bench.vanilla, bench.work.resolve("vanilla-restarts"))) {
            PlatformBenchmark.bootVanillaWithHttpAndScr(v);
            v.start();
            v.awaitHttp("/", null, null, status -> true, bench.bootTimeout);
            v.stop();
            for (int i = 0; i < Math.min(restarts, 3); i++) {
                v.start();
                vanilla.add(v.awaitHttp("/", null, null, status -> true, bench.bootTimeout));
                v.stop();
            }
        }
        List<Double> ours = new ArrayList<>();
        int healthy = 0;
        String firstFailure = null;
        try (KarafProcess k = KarafProcess.unpack(bench.ours, bench.work.resolve("restarts"))) {
            PlatformBenchmark.addUsers(k);
            k.append("etc/org.asskomm.modules.cfg", "installed = " + String.join(", ", MODULE_ENDPOINTS.keySet()));
            k.start();
            awaitAll(k);
            try (HttpConnection c = k.connection(USER, PASSWORD)) {
                for (String ags : PlatformBenchmark.municipalities(k, 8)) {
                    PlatformBenchmark.expect(200, c.send("PUT", "/api/v1/municipalities/" + ags + "/modules/agreements", null));
                    PlatformBenchmark.expect(201, c.send("POST", "/api/v1/agreements",
                            RestThroughput.agreement(ags, "Restart " + ags, null)));
                }
            }
            k.stop();
            for (int i = 0; i < restarts; i++) {
                k.start();
                try {
                    ours.add(awaitAll(k));
                    healthy++;
                } catch (IllegalStateException e) {
                    firstFailure = firstFailure == null ? e.getMessage() : firstFailure;
                    log("restart %d: %s", i + 1, e.getMessage());
                }
                k.stop();
            }
        }
        double v = Table.median(vanilla);
        double o = ours.isEmpty() ? Double.NaN : Table.median(ours);
        log("warm restarts: %d of %d with every endpoint 200, median %.2f s (vanilla %.2f s)", healthy, restarts, o, v);
        bench.table.add("warm restart, all modules and data, to every module endpoint 200 (s)", f2(o), f2(v) + " (vanilla warm)",
                f2(o / v) + "×", "reported", null);
        bench.table.add("restarts in a row with /api/v1/health and every module endpoint 200 in the boot timeout",
                healthy + " of " + restarts, "—", "—", "all", healthy == restarts);
        bench.table.note("warm restarts (s): ours " + Table.all(ours, "%.2f") + ", vanilla " + Table.all(vanilla, "%.2f")
                + (firstFailure == null ? "" : "; first failure: " + firstFailure));
    }

    /** Seconds from start until health and every module endpoint answer 200. */
    private double awaitAll(KarafProcess k) throws Exception {
        double t = k.awaitHttp("/api/v1/health", null, null, s -> s == 200, bench.bootTimeout);
        for (String endpoint : MODULE_ENDPOINTS.values()) {
            t = Math.max(t, k.awaitHttp(endpoint, USER, PASSWORD, s -> s == 200, bench.bootTimeout));
        }
        return t;
    }
}
