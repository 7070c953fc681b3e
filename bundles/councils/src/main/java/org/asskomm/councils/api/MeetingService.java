package org.asskomm.councils.api;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Meetings with agenda and attendance, their decisions and printable minutes; rights as in {@link CouncilService}. */
@ProviderType
public interface MeetingService {

    Meeting addMeeting(CurrentUser user, String councilId, MeetingRequest request);

    Meeting updateMeeting(CurrentUser user, String councilId, String meetingId, MeetingRequest request);

    Meeting meeting(CurrentUser user, String councilId, String meetingId);

    Page<Meeting> meetings(CurrentUser user, String councilId, Integer year, PageRequest page);

    Decision addDecision(CurrentUser user, String councilId, String meetingId, DecisionRequest request);

    /** The minutes as a printable HTML page. */
    String minutesHtml(CurrentUser user, String councilId, String meetingId);
}
