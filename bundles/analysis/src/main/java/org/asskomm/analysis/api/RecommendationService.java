package org.asskomm.analysis.api;

import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Ranked problems and their publication as action fields. Publishing posts
 * {@code org/asskomm/analysis/Analysis/ACTION_FIELDS_PUBLISHED} with {@code municipality}, {@code id} (the analysis),
 * {@code user}, {@code actionFields} (String[], German titles in rank order), {@code problems} (String[], problem
 * keys) and {@code publishedOn} (ISO date): a councils module may open working groups from them.
 */
@ProviderType
public interface RecommendationService {

    Recommendations recommendations(CurrentUser user, UUID analysisId);

    Recommendations publish(CurrentUser user, UUID analysisId, PublishRequest request);
}
