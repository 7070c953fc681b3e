package org.asskomm.agreements.internal;

import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the module to the platform. */
@Component(service = ModuleDescriptor.class)
public class AgreementsModule extends AbstractModule {

    public static final String ID = "agreements";

    public AgreementsModule() {
        super(ID, "Vereinbarungen",
                "Kooperationsvereinbarungen, Zweckvereinbarungen und die Beratungen durch den Landespräventionsrat");
    }
}
