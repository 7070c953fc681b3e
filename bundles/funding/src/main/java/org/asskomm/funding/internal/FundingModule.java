package org.asskomm.funding.internal;

import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the funding module to the platform. */
@Component(service = ModuleDescriptor.class)
public class FundingModule extends AbstractModule {

    static final String ID = "funding";

    public FundingModule() {
        super(ID, "Förderprogramm",
                "Jährliches Förderprogramm Prävention: Anträge, Bescheide, Auszahlungen, Verwendungsnachweise, Buchungen, Berichte");
    }
}
