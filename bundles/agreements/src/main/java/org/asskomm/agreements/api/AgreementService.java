package org.asskomm.agreements.api;

import java.util.Optional;
import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The registry of cooperation agreements. Every method checks the user's rights. */
@ProviderType
public interface AgreementService {

    Agreement create(CurrentUser user, AgreementDraft draft);

    Agreement get(CurrentUser user, UUID id);

    Page<AgreementSummary> list(CurrentUser user, AgreementQuery query, PageRequest page);

    Agreement update(CurrentUser user, UUID id, AgreementDraft draft);

    Agreement transition(CurrentUser user, UUID id, Transition transition);

    Agreement addMilestone(CurrentUser user, UUID id, Milestone milestone);

    Agreement amend(CurrentUser user, UUID id, Amendment amendment);

    DocumentInfo attach(CurrentUser user, UUID id, String filename, byte[] content);

    Optional<byte[]> document(CurrentUser user, UUID id, UUID documentId);

    AgreementStatistics statistics(Integer year);
}
