package org.asskomm.journey.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The ids of the modules installed right now, followed live from their {@link ModuleDescriptor} services: a module
 * whose feature is uninstalled drops out of every journey at once, and comes back with its milestones when it is
 * installed again.
 */
@Component(service = InstalledModules.class)
public class InstalledModules {

    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ModuleDescriptor module) {
        ids.add(module.id());
    }

    void removeModule(ModuleDescriptor module) {
        ids.remove(module.id());
    }

    public boolean contains(String moduleId) {
        return ids.contains(moduleId);
    }

    /** For tests: the modules as given. */
    static InstalledModules of(String... moduleIds) {
        InstalledModules modules = new InstalledModules();
        modules.ids.addAll(Set.of(moduleIds));
        return modules;
    }

    void remove(String moduleId) {
        ids.remove(moduleId);
    }
}
