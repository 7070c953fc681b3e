package org.asskomm.platform.core.store;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.Modules;
import org.asskomm.platform.api.admin.ClusterModules;
import org.asskomm.platform.api.admin.DesiredModule;
import org.asskomm.platform.api.admin.FeatureState;
import org.asskomm.platform.api.admin.FeatureStatus;
import org.asskomm.platform.api.admin.ModuleCatalogue;
import org.asskomm.platform.api.admin.ModuleFeature;
import org.asskomm.platform.api.admin.NodeModules;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.core.boot.KarafBoot;
import org.asskomm.platform.core.db.JdbcSchemaMigrations;
import org.osgi.framework.BundleContext;
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
 * The module store. The chosen modules are desired state in the database all nodes share ({@code db/cluster}):
 * which features, at which version, for every node or a node group. Each node converges to it: at boot, on every
 * change made through it, and within about a second of a change made on another node; it reports what it has
 * ({@link #cluster()}). {@code etc/org.asskomm.modules.cfg} seeds an empty database, is kept as this node's copy
 * of its desired set, and a change to the file while the node runs is carried into the database
 * (docs/decisions/0003-module-store.md says the precedence).
 */
@Component(service = ModuleCatalogue.class, configurationPid = ModuleStore.PID, immediate = true)
@Designate(ocd = ModuleStore.Config.class)
public class ModuleStore implements ModuleCatalogue {

    static final String PID = "org.asskomm.modules";
    private static final Logger LOG = LoggerFactory.getLogger(ModuleStore.class);
    private static final String FILE = "etc/org.asskomm.modules.cfg";
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern VERSION = Pattern.compile("[0-9][A-Za-z0-9._-]{0,63}");
    /** How often a node looks for changes of the desired state; the bound of convergence besides the install. */
    static final Duration POLL = Duration.ofSeconds(1);
    /** A node reports at least this often, so that the others see it alive. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** A node that did not converge tries again this long after its last attempt (a failed install). */
    private static final Duration RETRY = Duration.ofSeconds(60);

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
    private final AuditLog audit;
    private final ModuleFeatureViews views;
    private final JdbcSchemaMigrations migrations;
    private final ClusterNode node = ClusterNode.local();
    private final ClusterModuleTable table;
    private final ModuleWorker worker;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "asskomm-module-sync"));

    /** This node's desired set as last written to the file, and the file's revision. */
    private Set<String> previous = Set.of();
    private long revision = Long.MIN_VALUE;
    /** The revision of the desired state this node last applied, and when it last tried. */
    private volatile long appliedRevision = -1;
    private volatile Instant lastAttempt = Instant.EPOCH;
    private NodeModules lastReport;

    @Activate
    public ModuleStore(@Reference FeaturesService features, @Reference ConfigurationAdmin configAdmin,
                       @Reference ModuleEnablement enablement, @Reference AuditLog audit, @Reference Modules modules,
                       @Reference Database database, @Reference JdbcSchemaMigrations migrations,
                       @Reference(target = "(" + ModuleSchema.MODULE_PROPERTY + "=cluster)") ModuleSchema clusterSchema,
                       Config config, BundleContext context) {
        this.features = features;
        this.configAdmin = configAdmin;
        this.audit = audit;
        this.views = new ModuleFeatureViews(features, enablement, modules);
        this.migrations = migrations;
        this.table = new ClusterModuleTable(database);
        this.worker = new ModuleWorker(features, status -> table.recordOperation(node.id(), status),
                () -> KarafBoot.awaitFinished(context, Duration.ofMinutes(5)));
        synchronized (this) {
            revision = config.revision();
            previous = parse(config.installed());
            if (table.bootstrap(previous, FILE)) {
                LOG.info("Seeded the cluster's desired module state from {}: {}", FILE, previous);
            }
            converge(true);
        }
        poller.scheduleWithFixedDelay(this::poll, POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The file changed (written back by Felix fileinstall, or edited by hand). A copy older than the store's last
     * change is not applied: fileinstall re-reads the file it wrote for one change after the store has made the
     * next, and that outdated copy would uninstall the modules installed since. A hand edit while the node runs
     * goes into the shared desired state.
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
        Set<String> inFile = parse(config.installed());
        for (String added : inFile) {
            if (!previous.contains(added)) {
                table.change(added, null, DesiredModule.ALL_NODES, true, FILE + "@" + node.id());
            }
        }
        for (String removed : previous) {
            if (!inFile.contains(removed)) {
                table.change(removed, null, DesiredModule.ALL_NODES, false, FILE + "@" + node.id());
            }
        }
        previous = inFile;
        converge(false);
    }

    @Deactivate
    void stop() throws InterruptedException {
        poller.shutdownNow();
        poller.awaitTermination(10, TimeUnit.SECONDS);
        worker.stop();
    }

    /**
     * Brings this node to the desired state: installs what is wanted and missing (at its version), uninstalls what
     * is marked unwanted; features without an entry (installed by hand with {@code feature:install}) stay.
     */
    private synchronized void converge(boolean boot) {
        long current = table.revision();
        offerRepositories();
        Map<String, DesiredModule> desired = ClusterModuleTable.forGroup(table.desired(), node.group());
        Map<String, String> missing = new LinkedHashMap<>();
        Set<String> wanted = new LinkedHashSet<>();
        for (DesiredModule d : desired.values()) {
            if (d.wanted()) {
                wanted.add(d.feature());
                if (boot || !worker.installedAt(d.feature(), d.version())) {
                    missing.put(d.feature(), d.version());
                }
            } else if (worker.installedAt(d.feature(), null)) {
                worker.submit(d.feature(), null, false);
            }
        }
        if (boot) {
            worker.submitInstalls(missing);
        } else {
            missing.forEach((name, version) -> worker.submit(name, version, true));
        }
        appliedRevision = current;
        lastAttempt = Instant.now();
        if (!wanted.equals(previous)) {
            previous = wanted;
            revision = Math.max(revision, 0) + 1;
            save();
        }
    }

    /**
     * Adds the features repositories added through the store on any node that this node does not offer (yet, or
     * any more after a cleared {@code data/cache}), so that every node finds the desired versions.
     */
    private void offerRepositories() {
        Set<String> offered = new java.util.HashSet<>();
        try {
            for (org.apache.karaf.features.Repository r : features.listRepositories()) {
                offered.add(r.getURI().toString());
            }
        } catch (Exception e) {
            LOG.warn("Cannot list the features repositories: {}", ModuleWorker.rootMessage(e));
            return;
        }
        for (String uri : table.repositories()) {
            if (!offered.contains(uri)) {
                try {
                    features.addRepository(URI.create(uri));
                    LOG.info("Added the features repository {} that the cluster offers", uri);
                } catch (Exception e) {
                    LOG.warn("Cannot add the cluster's features repository {}: {}", uri, ModuleWorker.rootMessage(e));
                }
            }
        }
    }

    /** Every {@link #POLL}: applies a change of the desired state made elsewhere and reports this node's state. */
    private void poll() {
        try {
            long current = table.revision();
            boolean retry = lastReport != null && !lastReport.converged() && worker.idle()
                    && lastAttempt.isBefore(Instant.now().minus(RETRY));
            if (current != appliedRevision || retry) {
                converge(false);
            }
            report(current);
        } catch (RuntimeException e) {
            LOG.warn("Cannot synchronise the modules with the cluster's desired state: {}", e.getMessage());
        }
    }

    private void report(long current) {
        Map<String, DesiredModule> desired = ClusterModuleTable.forGroup(table.desired(), node.group());
        List<String> installed = new ArrayList<>();
        Set<String> installedNames = new java.util.HashSet<>();
        try {
            for (Feature f : features.listInstalledFeatures()) {
                if (ModuleFeatureViews.isModule(f)) {
                    installed.add(f.getName() + "/" + f.getVersion());
                    installedNames.add(f.getName());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the installed features", e);
        }
        Collections.sort(installed);
        List<String> pending = new ArrayList<>();
        for (DesiredModule d : desired.values()) {
            if (d.wanted() && !worker.installedAt(d.feature(), d.version())) {
                pending.add("install " + ModuleWorker.spec(d.feature(), d.version()));
            } else if (!d.wanted() && installedNames.contains(d.feature())) {
                pending.add("uninstall " + d.feature());
            }
        }
        boolean converged = pending.isEmpty() && worker.idle() && appliedRevision == current;
        NodeModules report = new NodeModules(node.id(), node.group(), converged, true, appliedRevision,
                List.copyOf(installed), List.copyOf(pending), Instant.now());
        NodeModules last = lastReport;
        if (last == null || last.converged() != converged || last.appliedRevision() != appliedRevision
                || !last.installed().equals(report.installed()) || !last.pending().equals(report.pending())
                || last.reportedAt().isBefore(Instant.now().minus(HEARTBEAT))) {
            table.report(report);
            lastReport = report;
        }
    }

    @Override
    public List<ModuleFeature> list() {
        try {
            List<ModuleFeature> result = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (Feature f : features.listFeatures()) {
                if (ModuleFeatureViews.isModule(f) && seen.add(f.getName())) {
                    result.add(views.view(f, worker.status(f.getName()).orElse(null)));
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

    /** Adds the feature to the desired set of every node and installs it in the background. */
    @Override
    public FeatureStatus install(CurrentUser user, String name) {
        return install(user, name, null, null);
    }

    @Override
    public FeatureStatus install(CurrentUser user, String name, String version, String group) {
        user.requireLprAdmin();
        get(name);
        String chosen = version == null || version.isBlank() ? null : version.trim();
        if (chosen != null && (!VERSION.matcher(chosen).matches() || !offered(name, chosen))) {
            throw ValidationException.of("version", "platform.store.noVersion", name);
        }
        audit.record(user, new AuditEvent("platform", "ModuleFeature", name, "INSTALL", null));
        return change(user, name, chosen, group(group), true);
    }

    /** Removes the feature from the desired set of every node and uninstalls it in the background; its data stays. */
    @Override
    public FeatureStatus uninstall(CurrentUser user, String name) {
        return uninstall(user, name, null);
    }

    @Override
    public FeatureStatus uninstall(CurrentUser user, String name, String group) {
        user.requireLprAdmin();
        if (ModuleFeatureViews.PLATFORM.contains(name)) {
            throw ConflictException.of("platform.store.platformFeature", name);
        }
        get(name);
        audit.record(user, new AuditEvent("platform", "ModuleFeature", name, "UNINSTALL", null));
        return change(user, name, null, group(group), false);
    }

    /** The change goes into the shared desired state first; this node applies it at once, the others within a poll. */
    private synchronized FeatureStatus change(CurrentUser user, String name, String version, String group, boolean install) {
        long before = table.revision();
        long after = table.change(name, version, group, install, user.name());
        boolean mine = group.equals(DesiredModule.ALL_NODES) || group.equals(node.group());
        if (!mine) {
            return new FeatureStatus(name, FeatureState.QUEUED, null, Instant.now());
        }
        FeatureStatus queued = worker.submit(name, version, install);
        if (after == before + 1 && appliedRevision == before) {
            appliedRevision = after; // nothing else changed meanwhile: no need to converge again
        }
        Set<String> wanted = new LinkedHashSet<>(previous);
        if (install ? wanted.add(name) : wanted.remove(name)) {
            previous = wanted;
            revision = Math.max(revision, 0) + 1;
            save();
        }
        return queued;
    }

    private static String group(String group) {
        if (group == null || group.isBlank() || group.trim().equals(DesiredModule.ALL_NODES)) {
            return DesiredModule.ALL_NODES;
        }
        if (!GROUP.matcher(group.trim()).matches()) {
            throw ValidationException.of("group", "platform.store.group");
        }
        return group.trim();
    }

    private boolean offered(String name, String version) {
        try {
            for (Feature f : features.listFeatures()) {
                if (f.getName().equals(name) && f.getVersion().equals(version)) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    /** This node's last operation on the feature (also after a restart, from the database). */
    @Override
    public Optional<FeatureStatus> status(String name) {
        Optional<FeatureStatus> local = worker.status(name);
        return local.isPresent() ? local : table.operation(node.id(), name);
    }

    @Override
    public ClusterModules cluster() {
        return new ClusterModules(table.revision(), table.desired(), table.nodes(), table.operations(),
                migrations.nodeResults());
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
        if (parsed.toString().length() > 1000) {
            throw ValidationException.of("uri", "platform.store.uri");
        }
        if (parsed.getScheme() == null || !Set.of("mvn", "file", "http", "https").contains(parsed.getScheme())) {
            throw ValidationException.of("uri", "platform.store.uriScheme");
        }
        try {
            features.addRepository(parsed);
        } catch (Exception e) {
            throw ValidationException.of("uri", "platform.store.unreadable", ModuleWorker.rootMessage(e));
        }
        synchronized (this) {   // every node offers it, also after a cleared data/cache
            table.addRepository(parsed.toString(), user.name());
        }
        // the audit's entity id holds 64 characters: a longer URI is kept by its end (the repository's file name)
        String uriText = parsed.toString();
        audit.record(user, new AuditEvent("platform", "FeaturesRepository",
                uriText.length() <= 64 ? uriText : "…" + uriText.substring(uriText.length() - 63), "ADD", null));
        return list();
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
}
