package org.asskomm.analysis.api;

import java.util.List;
import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Questionnaires returned on paper or online, and the survey's results. A response posts
 * {@code org/asskomm/analysis/Response/RECORDED} with {@code channel}.
 */
@ProviderType
public interface ResponseService {

    /** The item bank of the questionnaire (version {@link #ITEM_BANK}). */
    List<SurveyItem> items();

    String ITEM_BANK = "2026-1";

    SurveyResponse respond(CurrentUser user, UUID surveyId, ResponseDraft draft);

    /** An online response, by the one-time code alone (no login); the code is used up. */
    SurveyResponse respondOnline(UUID surveyId, ResponseDraft draft);

    SurveyResults results(CurrentUser user, UUID surveyId);

    /** The index of every mailed survey beside the others (see {@link SurveyComparison} for who sees which). */
    SurveyComparison compare(CurrentUser user);
}
