package org.asskomm.transparency.internal;

import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the module; its REST application is the open data at {@code /api/v1/public}. */
@Component(service = ModuleDescriptor.class)
public class TransparencyModule extends AbstractModule {

    public static final String ID = "public";

    public TransparencyModule() {
        super(ID, "Transparenz", "Öffentliche Transparenzseite (/oeffentlich) und offene Daten: Zahlen je Landkreis, "
                + "Stationen des ASSKomm-Wegs je Kommune, Lizenzen, Quellen und Stand");
    }
}
