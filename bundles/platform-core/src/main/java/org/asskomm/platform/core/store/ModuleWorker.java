package org.asskomm.platform.core.store;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.asskomm.platform.api.admin.FeatureState;
import org.asskomm.platform.api.admin.FeatureStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs and uninstalls module features one at a time on one thread, never refreshing unrelated bundles
 * ({@code NoAutoRefreshBundles}); Karaf resolves transactionally, so a feature that cannot resolve leaves the
 * instance as it was. Every status change goes to the recorder (the shared database) as well.
 */
final class ModuleWorker {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleWorker.class);
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    /** A chosen version replaces the installed one in the same resolution (an upgrade of the module's bundles). */
    private static final EnumSet<FeaturesService.Option> UPGRADE = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles,
            FeaturesService.Option.Upgrade);

    private final FeaturesService features;
    private final Consumer<FeatureStatus> recorder;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "asskomm-module-store"));
    private final Map<String, FeatureStatus> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final Runnable karafBoot;
    private volatile Future<?> afterBoot;

    /** @param karafBoot waits until Karaf's boot has finished (every boot stage installed) */
    ModuleWorker(FeaturesService features, Consumer<FeatureStatus> recorder, Runnable karafBoot) {
        this.features = features;
        this.recorder = recorder;
        this.karafBoot = karafBoot;
    }

    void stop() throws InterruptedException {
        if (afterBoot != null) {
            afterBoot.cancel(true);
        }
        executor.shutdown();
        executor.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** True when no operation is queued or running. */
    boolean idle() {
        return queued.get() == 0;
    }

    Optional<FeatureStatus> status(String name) {
        return Optional.ofNullable(statuses.get(name));
    }

    /** Installs (at the version, null for the newest offered) or uninstalls the feature in the background. */
    FeatureStatus submit(String name, String version, boolean install) {
        FeatureStatus status = record(name, FeatureState.QUEUED, null);
        background(() -> run(name, version, install));
        return status;
    }

    /**
     * Installs the missing features (name to version) in one features-service transaction: at boot with several
     * modules this resolves once instead of once per module (see docs/benchmarks.md). If the set cannot be
     * installed together, each is tried alone, so that one broken module does not keep the others out.
     */
    void submitInstalls(Map<String, String> versions) {
        versions.keySet().forEach(name -> record(name, FeatureState.QUEUED, null));
        background(() -> installMissing(versions, true));
        // Karaf computes an install's requirements when it is asked: asked for between two boot stages, this one is
        // dropped again by the second stage (its bundles keep running, unmanaged). Once the boot has finished, what
        // Karaf no longer lists is installed again; operations asked for later queue behind this (decision 0006).
        queued.incrementAndGet();
        afterBoot = executor.submit(() -> {
            try {
                karafBoot.run();
                if (!Thread.currentThread().isInterrupted()) {
                    installMissing(versions, false);
                }
            } finally {
                queued.decrementAndGet();
            }
        });
    }

    /**
     * @param boot the call at boot: the features installed already are reported as started, and the others stay
     *             QUEUED until they are ({@link #installTogether})
     */
    private void installMissing(Map<String, String> versions, boolean boot) {
        Map<String, String> missing = new LinkedHashMap<>();
        Map<String, String> upgrades = new LinkedHashMap<>();
        versions.forEach((name, version) -> {
            if (installedAt(name, version)) {
                if (boot) {
                    record(name, FeatureState.STARTED, null);
                }
            } else if (version != null && installedAt(name, null)) {
                upgrades.put(name, version);   // another version runs: Karaf's upgrade replaces it, one at a time
            } else {
                missing.put(name, version);
            }
        });
        if (!(missing.size() > 1 && installTogether(missing, boot))) {
            missing.forEach((name, version) -> run(name, version, true));
        }
        upgrades.forEach((name, version) -> run(name, version, true));
    }

    /** Whether the features were installed in one transaction; false after a failure, logged. */
    private boolean installTogether(Map<String, String> missing, boolean boot) {
        Set<String> specs = new LinkedHashSet<>();
        missing.forEach((name, version) -> specs.add(spec(name, version)));
        try {
            if (!boot) {
                missing.keySet().forEach(name -> record(name, FeatureState.INSTALLING, null));
            }
            // at boot Karaf must be asked before its second boot stage, which it starts as soon as the first is
            // done (the platform's bundles start last): not after five writes of the INSTALLING state
            features.installFeatures(specs, NO_REFRESH);
            missing.keySet().forEach(name -> record(name, FeatureState.STARTED, null));
            return true;
        } catch (Exception e) {
            LOG.warn("Module features {} could not be installed together ({}); trying one at a time", specs,
                    rootMessage(e));
            return false;
        }
    }

    private void background(Runnable task) {
        queued.incrementAndGet();
        executor.submit(() -> {
            try {
                task.run();
            } finally {
                queued.decrementAndGet();
            }
        });
    }

    /** Whether the feature is installed, at the version when one is given. */
    boolean installedAt(String name, String version) {
        try {
            for (Feature f : features.listInstalledFeatures()) {
                if (f.getName().equals(name) && (version == null || f.getVersion().equals(version))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private void run(String name, String version, boolean install) {
        try {
            if (install && !installedAt(name, version)) {
                record(name, FeatureState.INSTALLING, null);
                features.installFeature(spec(name, version), version == null ? NO_REFRESH : UPGRADE);
                if (version != null) {
                    uninstallOtherVersions(name, version);
                }
            } else if (!install && installedAt(name, null)) {
                record(name, FeatureState.UNINSTALLING, null);
                for (Feature f : features.listInstalledFeatures()) {
                    if (f.getName().equals(name)) {
                        features.uninstallFeature(name, f.getVersion(), NO_REFRESH);
                    }
                }
            }
            record(name, install ? FeatureState.STARTED : FeatureState.UNINSTALLED, null);
        } catch (Exception e) {
            LOG.warn("Module feature {} could not be {}: {}", spec(name, version), install ? "installed" : "uninstalled",
                    rootMessage(e));
            record(name, FeatureState.FAILED, rootMessage(e));
        }
    }

    /**
     * After an install at a chosen version: the feature's other versions go (Karaf's upgrade removes older ones
     * only; a rollback to an older version removes the newer one here).
     */
    private void uninstallOtherVersions(String name, String version) throws Exception {
        for (Feature f : features.listInstalledFeatures()) {
            if (f.getName().equals(name) && !f.getVersion().equals(version)) {
                features.uninstallFeature(name, f.getVersion(), NO_REFRESH);
            }
        }
    }

    private FeatureStatus record(String name, FeatureState state, String message) {
        FeatureStatus status = new FeatureStatus(name, state, message, Instant.now());
        statuses.put(name, status);
        try {
            recorder.accept(status);
        } catch (RuntimeException e) {
            LOG.warn("Cannot record the status of {} in the database: {}", name, e.getMessage());
        }
        return status;
    }

    static String spec(String name, String version) {
        return version == null ? name : name + "/" + version;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
