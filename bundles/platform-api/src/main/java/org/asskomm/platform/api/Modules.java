package org.asskomm.platform.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The modules installed right now, live from their {@link ModuleDescriptor} services. */
@ProviderType
public interface Modules {

    /** Sorted by id. */
    List<ModuleDescriptor> installed();

    Optional<ModuleDescriptor> find(String moduleId);
}
