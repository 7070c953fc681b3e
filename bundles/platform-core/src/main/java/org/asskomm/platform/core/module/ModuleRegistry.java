package org.asskomm.platform.core.module;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asskomm.platform.api.ModuleDescriptor;
import org.asskomm.platform.api.Modules;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The installed modules, live: DS adds and removes descriptors as module bundles come and go. */
@Component(service = Modules.class)
public class ModuleRegistry implements Modules {

    private final List<ModuleDescriptor> descriptors = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addModule(ModuleDescriptor descriptor) {
        descriptors.add(descriptor);
    }

    void removeModule(ModuleDescriptor descriptor) {
        descriptors.remove(descriptor);
    }

    @Override
    public List<ModuleDescriptor> installed() {
        return descriptors.stream().sorted(Comparator.comparing(ModuleDescriptor::id)).toList();
    }

    @Override
    public Optional<ModuleDescriptor> find(String moduleId) {
        return descriptors.stream().filter(d -> d.id().equals(moduleId)).findFirst();
    }
}
