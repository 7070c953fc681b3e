package org.asskomm.analysis.internal;

import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the module to the platform. */
@Component(service = ModuleDescriptor.class)
public class AnalysisModule extends AbstractModule {

    public static final String ID = "analysis";

    public AnalysisModule() {
        super(ID, "Sicherheitsanalyse",
                "Sicherheitsanalyse: Lagebild aus der Polizeilichen Kriminalstatistik, Bürgerbefragung, Schwerpunkte");
    }
}
