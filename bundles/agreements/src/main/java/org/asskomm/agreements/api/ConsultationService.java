package org.asskomm.agreements.api;

import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The LPR's consultations. Recording one posts {@code org/asskomm/agreements/Consultation/RECORDED}
 * with the properties {@code municipality}, {@code id}, {@code date} (ISO) and {@code topics}.
 */
@ProviderType
public interface ConsultationService {

    Consultation record(CurrentUser user, ConsultationDraft draft);

    Consultation get(CurrentUser user, UUID id);

    Page<Consultation> list(CurrentUser user, String municipality, Integer year, PageRequest page);
}
