package org.asskomm.councils.internal;

import java.time.Clock;

import org.asskomm.councils.api.CouncilReportService;
import org.asskomm.councils.api.CouncilService;
import org.asskomm.councils.api.MeetingService;
import org.asskomm.councils.api.MemberService;
import org.asskomm.councils.api.TaskService;
import org.asskomm.councils.api.WorkingGroupService;
import org.asskomm.councils.api.CouncilEvents;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.testing.TestPlatform;

/** The module's services on a fresh TestPlatform, wired as DS wires them, for tests in other packages too. */
public final class TestCouncils {

    /** One of each service of the module. */
    public record Services(CouncilService councils, MemberService members, WorkingGroupService groups,
                           MeetingService meetings, TaskService tasks, CouncilReportService reports) {
    }

    private TestCouncils() {
    }

    public static Services on(TestPlatform p) {
        return on(p, Clock.systemDefaultZone());
    }

    public static Services on(TestPlatform p, Clock clock) {
        p.schema(CouncilService.MODULE_ID, CouncilAccess.class);
        p.events.checkAgainst(CouncilEvents.CATALOGUE);
        CouncilAccess access = new CouncilAccess(p.database, p.enablement, p.writes, clock);
        return new Services(new CouncilRegistry(access, p.municipalities, p.writes), new MemberRegistry(access),
                new WorkingGroupRegistry(access, p.writes), new MeetingRegistry(access), new TaskRegistry(access),
                new CouncilReports(access));
    }

    public static CouncilsDemo demo(TestPlatform p, Services s) {
        return new CouncilsDemo(s.councils(), s.members(), s.groups(), s.meetings(), s.tasks(), p.enablement);
    }

    public static void loadDemo(TestPlatform p, Services s) {
        demo(p, s).load(CurrentUser.SYSTEM);
    }
}
