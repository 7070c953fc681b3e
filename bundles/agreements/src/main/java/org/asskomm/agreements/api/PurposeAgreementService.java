package org.asskomm.agreements.api;

import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Purpose agreements between municipalities; every method checks the user's rights. */
@ProviderType
public interface PurposeAgreementService {

    PurposeAgreement create(CurrentUser user, PurposeAgreementDraft draft);

    PurposeAgreement get(CurrentUser user, UUID id);

    /** @param municipality lead or partner, or null for all the user may see */
    Page<PurposeAgreement> list(CurrentUser user, String municipality, PurposeStatus status, PageRequest page);

    PurposeAgreement update(CurrentUser user, UUID id, PurposeAgreementDraft draft);

    PurposeAgreement transition(CurrentUser user, UUID id, PurposeTransition transition);
}
