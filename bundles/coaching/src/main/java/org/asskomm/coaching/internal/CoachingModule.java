package org.asskomm.coaching.internal;

import org.asskomm.coaching.api.CoachingService;
import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the module; present exactly while the feature is installed. */
@Component(service = ModuleDescriptor.class)
public class CoachingModule extends AbstractModule {

    public static final String ID = CoachingService.MODULE_ID;

    public CoachingModule() {
        super(ID, "Coaching", "Coaching of the municipalities: pool of coaches with regions and topics, assignment to "
                + "the prevention coordinator, session log, checklist of success conditions, workload per coach");
    }
}
