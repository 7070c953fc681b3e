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

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleDescriptor;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.Modules;
import org.asskomm.platform.api.admin.FeatureState;
import org.asskomm.platform.api.admin.FeatureStatus;
import org.asskomm.platform.api.admin.ModuleCatalogue;
import org.asskomm.platform.api.admin.ModuleFeature;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
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

        @AttributeDefinition(name = "Revision", required = false,
                description = "Counts the store's own changes; written by the store, leave it as it is")
        long revision() default 0;
    }

    private final FeaturesService features;
    private final ConfigurationAdmin configAdmin;
    private final ModuleEnablement enablement;
    private final AuditLog audit;
    private final Modules modules;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "asskomm-module-store"));
    private final Map<String, FeatureStatus> statuses = new ConcurrentHashMap<>();

    @Activate
    public ModuleStore(@Reference FeaturesService features, @Reference ConfigurationAdmin configAdmin,
                       @Reference ModuleEnablement enablement, @Reference AuditLog audit, @Reference Modules modules,
                       Config config) {
        this.features = features;
        this.configAdmin = configAdmin;
        this.enablement = enablement;
        this.audit = audit;
        this.modules = modules;
        apply(config);
    }

    /**
     * Desired state changed (through the API or by editing the file): install what is missing, remove what was
     * dropped. A copy older than the store's last change is not applied: Felix fileinstall re-reads the file it
     * wrote for one change after the store has made the next, and that outdated copy would uninstall the modules
     * installed since (a module of another municipality vanished while a third one was being reinstalled).
     */
    @Modified
    synchronized void apply(Config config) {
        if (config.revision() < revision) {
            LOG.info("Ignoring an outdated copy of {} (revision {}, current {}); writing the current one again",
                    PID, config.revision(), revision);
            save();
            return;
        }
        revision = config.revision();
        Set<String> desired = parse(config.installed());
        submitInstalls(desired);
        for (ModuleFeature m : list()) {
            if (m.installed() && !desired.contains(m.name()) && previous.contains(m.name())) {
                submit(m.name(), false);
            }
        }
        previous = desired;
    }

    /** The desired set as last applied or changed, and the revision of that change. */
    private Set<String> previous = Set.of();
    private long revision = Long.MIN_VALUE;

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

    private synchronized void changeDesired(String name, boolean wanted) {
        Set<String> desired = new LinkedHashSet<>(previous);
        if (wanted ? desired.add(name) : desired.remove(name)) {
            previous = desired;
            revision = Math.max(revision, 0) + 1;
            save();
        }
    }

    /** Writes the desired set with its revision (Felix fileinstall then writes etc/org.asskomm.modules.cfg). */
    private void save() {
        try {
            Configuration config = configAdmin.getConfiguration(PID, "?");
            Dictionary<String, Object> props = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
            props.put("installed", String.join(",", previous));
            props.put("revision", Math.max(revision, 0));
            config.update(props);
        } catch (IOException e) {
            throw ConflictException.of("platform.store.notSaved", e.getMessage());
        }
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
        String moduleId = (installed ? declaredModuleId(f) : Optional.<String>empty()).orElseGet(() ->
                f.getName().startsWith("asskomm-") ? f.getName().substring("asskomm-".length()) : f.getName());
        int enabledFor = installed ? enablement.enabledMunicipalities(moduleId).size() : 0;
        return new ModuleFeature(f.getName(), f.getName(), f.getDescription(), f.getVersion(), installed, moduleId,
                enabledFor, statuses.get(f.getName()));
    }

    /**
     * The id that the feature's own bundles declare in their {@link ModuleDescriptor}: a plugin's feature may be
     * named anything (the safety-survey example's feature {@code safety-survey} carries the module {@code survey}).
     */
    private Optional<String> declaredModuleId(Feature f) {
        Set<String> locations = new java.util.HashSet<>();
        for (BundleInfo b : f.getBundles()) {
            locations.add(b.getLocation());
        }
        for (ModuleDescriptor d : modules.installed()) {
            Bundle bundle = FrameworkUtil.getBundle(d.getClass());
            if (bundle != null && locations.contains(bundle.getLocation())) {
                return Optional.of(d.id());
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
