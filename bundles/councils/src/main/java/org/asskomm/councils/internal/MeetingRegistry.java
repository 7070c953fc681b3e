package org.asskomm.councils.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.Decision;
import org.asskomm.councils.api.DecisionRequest;
import org.asskomm.councils.api.Meeting;
import org.asskomm.councils.api.MeetingRequest;
import org.asskomm.councils.api.MeetingService;
import org.asskomm.councils.api.Member;
import org.asskomm.councils.api.Vote;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.write.Entity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Meetings with agenda and attendance, decisions with votes, and the printable minutes. */
@Component(service = MeetingService.class)
public class MeetingRegistry implements MeetingService {

    private final CouncilAccess access;
    private final MemberStore members = new MemberStore();
    private final MeetingStore meetings = new MeetingStore();

    @Activate
    public MeetingRegistry(@Reference CouncilAccess access) {
        this.access = access;
    }

    /** Loaded under its row lock: who attended is checked against votes nobody adds meanwhile. */
    private Entity<Meeting> meeting(Council council) {
        return CouncilAccess.partOf(council, "Meeting",
                (c, id) -> meetings.findForUpdate(c, council.id(), id.toString())).versioned(Meeting::version);
    }

    private Entity<Decision> decision(Council council) {
        return CouncilAccess.partOf(council, "Decision",
                (c, id) -> meetings.findDecision(c, council.id(), id.toString()));
    }

    private static NotFoundException noMeeting(String councilId, String meetingId) {
        return NotFoundException.of("councils.notInCouncil", ConflictException.entity("Meeting"), meetingId, councilId);
    }

    // ------------------------------------------------------------------ meetings

    @Override
    public Meeting addMeeting(CurrentUser user, String councilId, MeetingRequest request) {
        return access.create(user, councilId, () -> validate(request, false), this::meeting, (c, id) -> {
            checkAttendance(c, councilId, request);
            meetings.insert(c, toMeeting(id.toString(), councilId, request, 1));
        });
    }

    @Override
    public Meeting updateMeeting(CurrentUser user, String councilId, String meetingId, MeetingRequest request) {
        Set<String> attending = new HashSet<>(request == null || request.attendeeIds() == null ? List.of()
                : request.attendeeIds());
        return access.update(user, councilId, () -> validate(request, true), this::meeting, meetingId)
                .check(before -> {
                    // a vote needs its voter present: who voted may not be struck from the attendance
                    for (Decision d : before.decisions()) {
                        for (Vote vote : d.votes()) {
                            if (!attending.contains(vote.memberId())) {
                                throw ConflictException.of("councils.meeting.voterStays", vote.memberId());
                            }
                        }
                    }
                })
                .expectVersion(request.version())
                .apply((c, before) -> {
                    checkAttendance(c, councilId, request);
                    meetings.update(c, toMeeting(meetingId, councilId, request, before.version() + 1),
                            before.version());
                });
    }

    private static void validate(MeetingRequest r, boolean update) {
        if (r == null) {
            throw ValidationException.of("body", "validation.required");
        }
        Validator v = new Validator()
                .required("heldOn", r.heldOn())
                .text("title", r.title(), 300)
                .maxLength("location", r.location(), 300)
                .rule(!update || r.version() != null, "version", "validation.required");
        List<String> agenda = r.agenda() == null ? List.of() : r.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            v.text("agenda[" + i + "]", agenda.get(i), 1000);
        }
        Inputs.noDuplicates(v, "attendeeIds", r.attendeeIds());
        v.throwIfInvalid();
    }

    /** Only members of this council who are members on the meeting day attend. */
    private void checkAttendance(Connection c, String councilId, MeetingRequest r) throws SQLException {
        Validator v = new Validator();
        List<String> ids = r.attendeeIds() == null ? List.of() : r.attendeeIds();
        for (int i = 0; i < ids.size(); i++) {
            Member m = members.find(c, councilId, ids.get(i)).orElse(null);
            v.rule(m != null, "attendeeIds[" + i + "]", "councils.member.notOfCouncil");
            v.rule(m == null || m.isMemberOn(r.heldOn()), "attendeeIds[" + i + "]",
                    "councils.member.notMemberOn", r.heldOn());
        }
        v.throwIfInvalid();
    }

    private static Meeting toMeeting(String id, String councilId, MeetingRequest r, int version) {
        return new Meeting(id, councilId, r.heldOn(), r.title().trim(), r.location(),
                r.agenda() == null ? List.of() : r.agenda().stream().map(String::trim).toList(),
                r.attendeeIds() == null ? List.of() : r.attendeeIds(), List.of(), version);
    }

    @Override
    public Meeting meeting(CurrentUser user, String councilId, String meetingId) {
        return access.database().inTransaction(c -> {
            access.read(c, user, councilId);
            return meetings.find(c, councilId, meetingId).orElseThrow(() -> noMeeting(councilId, meetingId));
        });
    }

    @Override
    public Page<Meeting> meetings(CurrentUser user, String councilId, Integer year, PageRequest page) {
        return access.database().inTransaction(c -> {
            access.read(c, user, councilId);
            return meetings.list(c, councilId, year, page);
        });
    }

    // ------------------------------------------------------------------ decisions

    @Override
    public Decision addDecision(CurrentUser user, String councilId, String meetingId, DecisionRequest request) {
        return access.create(user, councilId, () -> validate(request), this::decision, (c, id) -> {
            Meeting meeting = meetings.findForUpdate(c, councilId, meetingId)
                    .orElseThrow(() -> noMeeting(councilId, meetingId));
            List<Vote> votes = request.votes() == null ? List.of() : request.votes();
            checkVoters(c, councilId, meeting, votes);
            meetings.insertDecision(c, MeetingStore.decision(id.toString(), meetingId, request.text().trim(), votes));
        });
    }

    private static void validate(DecisionRequest request) {
        if (request == null) {
            throw ValidationException.of("body", "validation.required");
        }
        List<Vote> votes = request.votes() == null ? List.of() : request.votes();
        Validator v = new Validator().text("text", request.text(), 4000);
        Set<String> voters = new HashSet<>();
        for (int i = 0; i < votes.size(); i++) {
            Vote vote = votes.get(i);
            String prefix = "votes[" + i + "]";
            v.rule(vote != null && vote.memberId() != null, prefix + ".memberId", "validation.required");
            v.rule(vote != null && vote.choice() != null, prefix + ".choice", "validation.required");
            v.rule(vote == null || vote.memberId() == null || voters.add(vote.memberId()), prefix + ".memberId",
                    "councils.vote.twice");
        }
        v.throwIfInvalid();
    }

    /** Only members who attended the meeting vote, and only those with a vote. */
    private void checkVoters(Connection c, String councilId, Meeting meeting, List<Vote> votes) throws SQLException {
        Validator rules = new Validator();
        for (int i = 0; i < votes.size(); i++) {
            String memberId = votes.get(i).memberId();
            Member m = members.find(c, councilId, memberId).orElse(null);
            String field = "votes[" + i + "].memberId";
            rules.rule(m != null, field, "councils.member.notOfCouncil");
            rules.rule(m == null || meeting.attendeeIds().contains(memberId), field, "councils.vote.absent");
            rules.rule(m == null || m.voting(), field, "councils.vote.advisory");
        }
        rules.throwIfInvalid();
    }

    // ------------------------------------------------------------------ printable minutes

    @Override
    public String minutesHtml(CurrentUser user, String councilId, String meetingId) {
        return access.database().inTransaction(c -> {
            Council council = access.read(c, user, councilId);
            Meeting meeting = meetings.find(c, councilId, meetingId).orElseThrow(() -> noMeeting(councilId, meetingId));
            return Documents.minutes(council, meeting, members.list(c, councilId, null),
                    meetings.tasksOfMeeting(c, meetingId, access.today()));
        });
    }
}
