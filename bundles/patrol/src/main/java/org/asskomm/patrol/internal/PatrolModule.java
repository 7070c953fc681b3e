package org.asskomm.patrol.internal;

import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

@Component(service = ModuleDescriptor.class)
public class PatrolModule extends AbstractModule {

    public static final String ID = "patrol";

    public PatrolModule() {
        super(ID, "Interkommunaler Gemeindlicher Vollzugsdienst",
                "Vollzugsdienstverbünde von Gemeinden: gemeinsame Kosten centgenau aufgeteilt, Streifenplanung, die "
                        + "lange nicht besuchte Orte erreicht, Streifenprotokoll und Abdeckung");
    }
}
