package org.asskomm.platform.core.store;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.admin.FeatureState;
import org.asskomm.platform.api.admin.FeatureStatus;
import org.asskomm.platform.api.admin.ModuleCatalogue;
import org.asskomm.platform.api.admin.ModuleFeature;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The module store. The chosen set of modules is desired state in the configuration
 * {@code org.asskomm.modules} ({@code etc/org.asskomm.modules.cfg}), applied at boot and on every change,
 * so it survives a cleared {@code data/cache} and a new distribution unpacked with the old {@code etc/}.
 * Installs never refresh unrelated bundles ({@code NoAutoRefreshBundles}); Karaf resolves transactionally,
 * so a feature that cannot resolve leaves the instance as it was.
 */
@Component(service = ModuleCatalogue.class, configurationPid = ModuleStore.PID, immediate = true)
@Designate(ocd = ModuleStore.Config.class)
public class ModuleStore implements ModuleCatalogue {

    static final String PID = "org.asskomm.modules";
    private static final Logger LOG = LoggerFactory.getLogger(ModuleStore.class);
    private static final String CORE = "asskomm-core";
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);

    @ObjectClassDefinition(name = "ASSKomm modules", description = "The module features this instance keeps installed")
    public @interface Config {
        @AttributeDefinition(name = "Installed modules", required = false,
                description = "Comma-separated module feature names, e.g. asskomm-agreements, asskomm-training")
        String installed() default "";
    }

    private final FeaturesService features;
    private final ConfigurationAdmin configAdmin;
    private final ModuleEnablement enablement;
    private final AuditLog audit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "asskomm-module-store"));
    private final Map<String, FeatureStatus> statuses = new ConcurrentHashMap<>();

    @Activate
    public ModuleStore(@Reference FeaturesService features, @Reference ConfigurationAdmin configAdmin,
                       @Reference ModuleEnablement enablement, @Reference AuditLog audit, Config config) {
        this.features = features;
        this.configAdmin = configAdmin;
        this.enablement = enablement;
        this.audit = audit;
        apply(config);
    }

    /** Desired state changed (through the API or by editing the file): install what is missing, remove what was dropped. */
    @Modified
    void apply(Config config) {
        Set<String> desired = parse(config.installed());
        submitInstalls(desired);
        for (ModuleFeature m : list()) {
            if (m.installed() && !desired.contains(m.name()) && previous.contains(m.name())) {
                submit(m.name(), false);
            }
        }
        previous = desired;
    }

    private volatile Set<String> previous = Set.of();

    @Deactivate
    void stop() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Override
    public List<ModuleFeature> list() {
        try {
            List<ModuleFeature> result = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (Feature f : features.listFeatures()) {
                if (isModule(f) && seen.add(f.getName())) {
                    result.add(view(f));
                }
            }
            result.sort(Comparator.comparing(ModuleFeature::name));
            return result;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot list features", e);
        }
    }

    @Override
    public ModuleFeature get(String name) {
        return list().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> NotFoundException.of("platform.store.noFeature", name));
    }

    /** Adds the feature to the desired set and installs it in the background. */
    @Override
    public FeatureStatus install(CurrentUser user, String name) {
        user.requireLprAdmin();
        get(name);
        audit.record(user, new AuditEvent("platform", "ModuleFeature", name, "INSTALL", null));
        changeDesired(name, true);
        return submit(name, true);
    }

    /** Removes the feature from the desired set and uninstalls it in the background; its data stays. */
    @Override
    public FeatureStatus uninstall(CurrentUser user, String name) {
        user.requireLprAdmin();
        get(name);
        audit.record(user, new AuditEvent("platform", "ModuleFeature", name, "UNINSTALL", null));
        changeDesired(name, false);
        return submit(name, false);
    }

    @Override
    public Optional<FeatureStatus> status(String name) {
        return Optional.ofNullable(statuses.get(name));
    }

    /** Adds a features repository (or KAR) so that its module features can be installed. */
    @Override
    public List<ModuleFeature> addRepository(CurrentUser user, String uri) {
        user.requireLprAdmin();
        URI parsed;
        try {
            parsed = URI.create(uri == null ? "" : uri.trim());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("uri", "platform.store.uri");
        }
        if (parsed.getScheme() == null || !Set.of("mvn", "file", "http", "https").contains(parsed.getScheme())) {
            throw ValidationException.of("uri", "platform.store.uriScheme");
        }
        try {
            features.addRepository(parsed);
        } catch (Exception e) {
            throw ValidationException.of("uri", "platform.store.unreadable", rootMessage(e));
        }
        audit.record(user, new AuditEvent("platform", "FeaturesRepository", parsed.toString(), "ADD", null));
        return list();
    }

    private FeatureStatus submit(String name, boolean install) {
        FeatureStatus queued = record(name, FeatureState.QUEUED, null);
        worker.submit(() -> run(name, install));
        return queued;
    }

    /**
     * Installs the desired features that are missing in one features-service transaction: at boot with several
     * modules this resolves once instead of once per module (see docs/benchmarks.md). If the set cannot be
     * installed together, each is tried alone, so that one broken module does not keep the others out.
     */
    private void submitInstalls(Set<String> names) {
        names.forEach(name -> record(name, FeatureState.QUEUED, null));
        worker.submit(() -> {
            Set<String> missing = new LinkedHashSet<>();
            for (String name : names) {
                try {
                    if (!features.isInstalled(features.getFeature(name))) {
                        missing.add(name);
                    }
                } catch (Exception e) {
                    missing.add(name);
                }
            }
            if (missing.size() > 1) {
                try {
                    missing.forEach(name -> record(name, FeatureState.INSTALLING, null));
                    features.installFeatures(missing, NO_REFRESH);
                    missing.forEach(name -> record(name, FeatureState.STARTED, null));
                    return;
                } catch (Exception e) {
                    LOG.warn("Module features {} could not be installed together ({}); trying one at a time", missing,
                            rootMessage(e));
                }
            }
            names.forEach(name -> run(name, true));
        });
    }

    private void run(String name, boolean install) {
        try {
            boolean installed = features.isInstalled(features.getFeature(name));
            if (install && !installed) {
                record(name, FeatureState.INSTALLING, null);
                features.installFeature(name, NO_REFRESH);
            } else if (!install && installed) {
                record(name, FeatureState.UNINSTALLING, null);
                features.uninstallFeature(name, NO_REFRESH);
            }
            record(name, install ? FeatureState.STARTED : FeatureState.UNINSTALLED, null);
        } catch (Exception e) {
            LOG.warn("Module feature {} could not be {}: {}", name, install ? "installed" : "uninstalled", rootMessage(e));
            record(name, FeatureState.FAILED, rootMessage(e));
        }
    }

    private FeatureStatus record(String name, FeatureState state, String message) {
        FeatureStatus status = new FeatureStatus(name, state, message, Instant.now());
        statuses.put(name, status);
        return status;
    }

    private void changeDesired(String name, boolean wanted) {
        try {
            Configuration config = configAdmin.getConfiguration(PID, "?");
            Dictionary<String, Object> props = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
            Set<String> desired = parse((String) props.get("installed"));
            if (wanted ? desired.add(name) : desired.remove(name)) {
                props.put("installed", String.join(",", desired));
                previous = wanted ? previous : without(previous, name);
                config.update(props);
            }
        } catch (IOException e) {
            throw ConflictException.of("platform.store.notSaved", e.getMessage());
        }
    }

    private static Set<String> without(Set<String> set, String name) {
        Set<String> copy = new LinkedHashSet<>(set);
        copy.remove(name);
        return copy;
    }

    static Set<String> parse(String value) {
        Set<String> result = new LinkedHashSet<>();
        if (value != null) {
            Arrays.stream(value.split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).forEach(result::add);
        }
        return result;
    }

    private static boolean isModule(Feature f) {
        if (f.getName().equals("asskomm-all") || f.getName().equals(CORE)) {
            return false;
        }
        for (Dependency d : f.getDependencies()) {
            if (d.getName().equals(CORE)) {
                return true;
            }
        }
        return false;
    }

    private ModuleFeature view(Feature f) throws Exception {
        boolean installed = features.isInstalled(f);
        String moduleId = f.getName().startsWith("asskomm-") ? f.getName().substring("asskomm-".length()) : f.getName();
        int enabledFor = installed ? enablement.enabledMunicipalities(moduleId).size() : 0;
        return new ModuleFeature(f.getName(), f.getName(), f.getDescription(), f.getVersion(), installed, moduleId,
                enabledFor, statuses.get(f.getName()));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
