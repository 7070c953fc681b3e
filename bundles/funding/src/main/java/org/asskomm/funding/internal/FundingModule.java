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
                "Annual prevention funding programme: applications, decisions, payouts, proof of use, ledger, reports");
    }
}
