package org.asskomm.councils.internal;

import java.time.LocalDate;
import java.util.List;

import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilReportService;
import org.asskomm.councils.api.CouncilStatistics;
import org.asskomm.councils.api.Meeting;
import org.asskomm.councils.api.Member;
import org.asskomm.councils.api.Task;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.persistence.Where;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The yearly prevention report of a council and the state-wide statistics: reads only. */
@Component(service = CouncilReportService.class)
public class CouncilReports implements CouncilReportService {

    private final CouncilAccess access;
    private final CouncilStore councils = new CouncilStore();
    private final MemberStore members = new MemberStore();
    private final WorkingGroupStore groups = new WorkingGroupStore();
    private final MeetingStore meetings = new MeetingStore();

    @Activate
    public CouncilReports(@Reference CouncilAccess access) {
        this.access = access;
    }

    @Override
    public String yearlyReportHtml(CurrentUser user, String councilId, int year) {
        LocalDate today = access.today();
        if (year < 1990 || year > today.getYear()) {
            throw ValidationException.of("year", "validation.between", 1990, today.getYear());
        }
        return access.database().inTransaction(c -> {
            Council council = access.read(c, user, councilId);
            LocalDate end = LocalDate.of(year, 12, 31);
            LocalDate asOf = end.isAfter(today) ? today : end;
            List<Member> all = members.list(c, councilId, null);
            PageRequest everything = new PageRequest(0, PageRequest.MAX_LIMIT);
            List<Meeting> ofYear = meetings.list(c, councilId, year, everything).items();
            List<Task> tasksOfYear = meetings.tasks(c, new Where().eq("t.council_id", councilId)
                    .condition("EXTRACT(YEAR FROM t.due_on) = ?", year), everything, today).items();
            return Documents.yearlyReport(council, year, councils.history(c, councilId),
                    councils.office(c, councilId).orElseThrow(), MemberRegistry.compose(councilId, asOf, all), all,
                    groups.list(c, councilId), ofYear, tasksOfYear, groups.actionFields(c));
        });
    }

    @Override
    public CouncilStatistics statistics() {
        return access.database().inTransaction(c -> councils.statistics(c, access.today()));
    }
}
