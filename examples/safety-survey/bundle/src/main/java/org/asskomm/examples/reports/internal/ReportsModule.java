package org.asskomm.examples.reports.internal;

import org.asskomm.examples.reports.api.ReportEvents;
import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the plugin to the platform: it appears in /api/v1/modules while this bundle runs. */
@Component(service = ModuleDescriptor.class)
public class ReportsModule extends AbstractModule {

    /** The module id, declared once: REST root, migrations (db/citizenreports), events, message keys. */
    public static final String ID = ReportEvents.MODULE;

    public ReportsModule() {
        super(ID, "Bürgermeldungen",
                "Citizens' reports of incivilities (litter, graffiti, damaged street lights) by place and category");
    }
}
