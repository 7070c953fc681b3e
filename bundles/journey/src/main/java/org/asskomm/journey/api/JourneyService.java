package org.asskomm.journey.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/** The journeys, derived from the modules' events; a module that is not installed contributes nothing. */
@ProviderType
public interface JourneyService {

    String MODULE_ID = "journey";

    /** The stage list (data: the LPR may add and change stages). */
    List<Stage> stages(CurrentUser user);

    /** Adds the stage {@code code} or changes it (LPR admins). */
    Stage putStage(CurrentUser user, String code, StageRequest request);

    /** The journey of a municipality the user may read. */
    Journey journey(CurrentUser user, String municipality);

    /** Every municipality with a reached stage that the user may read, optionally of one district. */
    List<JourneySummary> summaries(CurrentUser user, String district);
}
