package org.asskomm.platform.core.store;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.asskomm.platform.api.ModuleDescriptor;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.Modules;
import org.asskomm.platform.api.admin.FeatureStatus;
import org.asskomm.platform.api.admin.ModuleFeature;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Which features are modules, and how the store shows one: a module feature is any feature that depends on
 * {@code asskomm-core}, except the aggregate {@code asskomm-all}. The web console is listed (people see it is there)
 * but, like the core, never removed through the store: that would lock the console's users out.
 */
final class ModuleFeatureViews {

    private static final String CORE = "asskomm-core";
    /** Part of the platform: the store refuses to remove them. */
    static final Set<String> PLATFORM = Set.of(CORE, "asskomm-web", "asskomm-all");

    private final FeaturesService features;
    private final ModuleEnablement enablement;
    private final Modules modules;

    ModuleFeatureViews(FeaturesService features, ModuleEnablement enablement, Modules modules) {
        this.features = features;
        this.enablement = enablement;
        this.modules = modules;
    }

    static boolean isModule(Feature f) {
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

    ModuleFeature view(Feature f, FeatureStatus lastOperation) throws Exception {
        boolean installed = features.isInstalled(f);
        String moduleId = (installed ? declaredModuleId(f) : Optional.<String>empty()).orElseGet(() ->
                f.getName().startsWith("asskomm-") ? f.getName().substring("asskomm-".length()) : f.getName());
        int enabledFor = installed ? enablement.enabledMunicipalities(moduleId).size() : 0;
        return new ModuleFeature(f.getName(), f.getName(), f.getDescription(), f.getVersion(), installed, moduleId,
                enabledFor, lastOperation);
    }

    /**
     * The id that the feature's own bundles declare in their {@link ModuleDescriptor}: a plugin's feature may be
     * named anything (the safety-survey example's feature {@code safety-survey} carries the module {@code survey}).
     */
    private Optional<String> declaredModuleId(Feature f) {
        Set<String> locations = new HashSet<>();
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
}
