package org.asskomm.councils.internal;

import org.asskomm.councils.api.CouncilService;
import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the module; present exactly while the feature is installed. */
@Component(service = ModuleDescriptor.class)
public class CouncilsModule extends AbstractModule {

    public CouncilsModule() {
        super(CouncilService.MODULE_ID, "Präventionsräte",
                "Koordinierungsstellen und kommunale Präventionsräte: Aufbau, Mitglieder, Arbeitsgruppen, "
                        + "Sitzungen, Protokolle und Jahresberichte");
    }
}
