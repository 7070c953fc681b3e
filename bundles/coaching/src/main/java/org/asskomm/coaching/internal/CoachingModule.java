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
        super(ID, "Coaching", "Coaching der Kommunen: Coach-Pool mit Regionen und Themen, Zuordnung zur "
                + "Präventionskoordination, Sitzungsprotokoll, Erfolgsbedingungen, Auslastung je Coach");
    }
}
