package org.asskomm.transparency.internal;

import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the module; its REST application is the open data at {@code /api/v1/public}. */
@Component(service = ModuleDescriptor.class)
public class TransparencyModule extends AbstractModule {

    public static final String ID = "public";

    public TransparencyModule() {
        super(ID, "Transparenz", "The public transparency page (/oeffentlich) and the open data: figures per district, "
                + "the journey stages per municipality, licences, sources and as-of dates");
    }
}
