package org.asskomm.analysis.api;

import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The citizen survey of an analysis. Events {@code org/asskomm/analysis/Survey/<ACTION>}: {@code CREATED},
 * {@code REGISTER_UPLOADED}, {@code SAMPLED}, {@code MAILING_EXPORTED} (names and addresses deleted; property
 * {@code deletedRows}).
 */
@ProviderType
public interface SurveyService {

    Survey create(CurrentUser user, UUID analysisId);

    Survey get(CurrentUser user, UUID surveyId);

    /** The survey of an analysis (404 when the analysis has none yet). */
    Survey ofAnalysis(CurrentUser user, UUID analysisId);

    Survey uploadRegister(CurrentUser user, UUID surveyId, byte[] csv);

    Sample sample(CurrentUser user, UUID surveyId, SampleRequest request);

    Sample currentSample(CurrentUser user, UUID surveyId);

    /** The mailing list as CSV with one one-time code per letter; deletes names and addresses in the same step. */
    String exportMailingList(CurrentUser user, UUID surveyId);
}
