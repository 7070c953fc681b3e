package org.asskomm.journey.internal;

import org.asskomm.journey.api.JourneyService;
import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the module; present exactly while the feature is installed. */
@Component(service = ModuleDescriptor.class)
public class JourneyModule extends AbstractModule {

    public static final String ID = JourneyService.MODULE_ID;

    public JourneyModule() {
        super(ID, "ASSKomm-Weg", "Der ASSKomm-Weg jeder Kommune: Erstkontakt, Beratungen, Vereinbarung, "
                + "Präventionsrat, Coaching, Sicherheitsanalyse, geförderte Projekte, Vollzugsdienst, mit Daten");
    }
}
