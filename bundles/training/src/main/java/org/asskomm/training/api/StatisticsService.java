package org.asskomm.training.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Anonymous aggregates over enrolments, public; anonymising people leaves them unchanged. */
@ProviderType
public interface StatisticsService {

    List<Count> participants(ParticipantsBy by, Integer year);

    List<GraduateCount> graduates(Integer year);
}
