package org.asskomm.examples.survey.api;

import java.util.List;
import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The safety analysis (Sicherheitsanalyse) of municipalities. */
@ProviderType
public interface SurveyService {

    String REPORT_COMPLETED_TOPIC = "org/asskomm/survey/Survey/REPORT_COMPLETED";

    Survey kickOff(CurrentUser user, SurveyDraft draft);

    Survey get(CurrentUser user, UUID id);

    Page<Survey> list(CurrentUser user, String municipality, Integer year, SurveyPhase phase, PageRequest page);

    Survey advance(CurrentUser user, UUID id, PhaseChange change);

    /** Records one returned questionnaire; only while the questionnaires are out. @return the responses now entered */
    long addResponse(CurrentUser user, UUID id, ResponseDraft response);

    SafetyIndex index(CurrentUser user, UUID id);

    /** The municipality's completed surveys, year by year, against the state-wide index. */
    List<YearComparison> comparison(CurrentUser user, String municipality);

    /** State-wide index of a year over all completed surveys: an aggregate, readable by every signed-in user. */
    SafetyIndex stateWide(CurrentUser user, int year);
}
