package org.asskomm.analysis.api;

import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Analysis projects. Writes post {@code org/asskomm/analysis/Analysis/<ACTION>} ({@code CREATED}, {@code UPDATED},
 * {@code PHASE_CHANGED} with the property {@code phase}) with {@code municipality}, {@code id}, {@code user}.
 */
@ProviderType
public interface AnalysisService {

    Analysis create(CurrentUser user, AnalysisDraft draft);

    Analysis get(CurrentUser user, UUID id);

    Page<Analysis> list(CurrentUser user, String municipality, AnalysisStatus status, PageRequest page);

    Analysis update(CurrentUser user, UUID id, AnalysisChange change);

    Analysis changePhase(CurrentUser user, UUID id, AnalysisPhase phase, PhaseChange change);
}
