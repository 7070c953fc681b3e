package org.asskomm.examples.survey.internal;

import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the plugin to the platform: it appears in /api/v1/modules while this bundle runs. */
@Component(service = ModuleDescriptor.class)
public class SurveyModule extends AbstractModule {

    public static final String ID = "survey";

    public SurveyModule() {
        super(ID, "Sicherheitsanalyse",
                "Safety analysis with citizen survey: phases, anonymous responses, subjective safety index");
    }
}
