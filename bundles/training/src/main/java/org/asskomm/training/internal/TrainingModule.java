package org.asskomm.training.internal;

import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the module to the platform. */
@Component(service = ModuleDescriptor.class)
public class TrainingModule extends AbstractModule {

    public static final String ID = "training";

    public TrainingModule() {
        super(ID, "Aus- und Fortbildung",
                "Lehrgänge, die Studiengänge Präventionsmanagement, Anmeldung mit Warteliste und Zertifikate");
    }
}
