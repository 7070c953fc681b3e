package org.asskomm.training.internal;

import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.asskomm.training.api.TrainingService;
import org.osgi.service.component.annotations.Component;

@Component(service = ModuleDescriptor.class)
public class TrainingModule extends AbstractModule {

    public TrainingModule() {
        super(TrainingService.MODULE_ID, "Aus- und Fortbildung",
                "Training courses, the Präventionsmanagement study programmes, enrolment with waitlists, certificates");
    }
}
