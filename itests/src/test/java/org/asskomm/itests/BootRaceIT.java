package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Test;

/**
 * Boots a fresh unpack of the distribution N times ({@code -Dasskomm.bootRace.runs}, default 3) and checks each
 * time that the feature repositories are there ({@code feature:repo-list}) and the module store knows the
 * modules. Karaf's features service sometimes restarts while it installs the boot features and came up
 * without repositories (issue 25: 1 of 9 boots); FeatureRepositoryGuard restores them. Prints how often the
 * restart ({@code InstanceAlreadyExistsException}) and the restoring happened. No boot may refresh bundles: the
 * two boot stages (decision 0006) must not rewire the platform that the first one started. Health is readiness:
 * when it first answers 200, the municipal directory is served too.
 */
public class BootRaceIT {

    private KarafProcess karaf;

    @After
    public void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void everyFreshBootHasItsFeatureRepositories() throws Exception {
        int runs = Integer.getInteger("asskomm.bootRace.runs", 3);
        int restarts = 0;
        int restored = 0;
        List<String> failures = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            karaf = KarafProcess.unpack(Path.of("target", "boot-race-it"));
            long started = System.nanoTime();
            karaf.start().await("/api/v1/health", 200, Duration.ofSeconds(180));
            // healthy means ready: the platform's directory is served the moment health says 200, not later
            HttpResponse<String> directory = karaf.call("GET", "/api/v1/municipalities?district=Mittelsachsen",
                    KarafProcess.ADMIN, null);
            if (directory.statusCode() != 200) {
                failures.add("boot " + run + ": /api/v1/health 200, but the directory answered "
                        + directory.statusCode());
            }
            karaf.awaitReady();
            ShippedDistribution.Result repos = ShippedDistribution.client(karaf.home(), KarafProcess.ADMIN,
                    KarafProcess.PASSWORD, "feature:repo-list\n");
            // the guard works after the boot: give it a moment before judging the module store
            HttpResponse<String> modules = karaf.call("GET", "/api/v1/platform/features", KarafProcess.ADMIN, null);
            for (int i = 0; i < 20 && !(repos.output().contains("asskomm-features")
                    && modules.body().contains("asskomm-agreements")); i++) {
                Thread.sleep(500);
                repos = ShippedDistribution.client(karaf.home(), KarafProcess.ADMIN, KarafProcess.PASSWORD,
                        "feature:repo-list\n");
                modules = karaf.call("GET", "/api/v1/platform/features", KarafProcess.ADMIN, null);
            }
            String log = Files.readString(karaf.home().resolve("data/log/karaf.log"));
            restarts += log.contains("InstanceAlreadyExistsException") ? 1 : 0;
            restored += log.contains("was missing after Karaf's boot") ? 1 : 0;
            if (!repos.output().contains("asskomm-features") || !repos.output().contains("standard-4.4.10")
                    || !modules.body().contains("asskomm-agreements")) {
                failures.add("boot " + run + ": repo-list " + repos.output() + " / module store " + modules.statusCode());
            }
            // the second boot stage (Karaf's administration features, the SSH server that bin/client used above)
            // must not rewire the first: a refresh would restart the platform right after it began to serve
            if (log.contains("Refreshing bundles")) {
                failures.add("boot " + run + ": bundles refreshed during the boot\n" + log.substring(
                        log.indexOf("Refreshing bundles"), Math.min(log.length(), log.indexOf("Refreshing bundles") + 2000)));
            }
            System.out.printf("BootRaceIT: boot %d of %d ready after %.1f s%n", run, runs,
                    (System.nanoTime() - started) / 1e9);
            karaf.stop();
            karaf = null;
        }
        System.out.printf("BootRaceIT: %d boots, %d with the features service restarted during boot, %d with "
                + "repositories restored, %d failed%n", runs, restarts, restored, failures.size());
        assertTrue(String.join("\n", failures), failures.isEmpty());
        assertEquals(0, failures.size());
    }
}
