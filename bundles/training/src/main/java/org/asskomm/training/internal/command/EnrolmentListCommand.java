package org.asskomm.training.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.EnrolmentService;
import org.asskomm.training.api.EnrolmentStatus;

@Command(scope = "asskomm", name = "training-enrolments",
        description = "Lists enrolments (no names: ids, municipality, status, waitlist ticket)")
@Service
public class EnrolmentListCommand implements Action {

    @Reference
    EnrolmentService service;

    @Option(name = "-c", aliases = "--course", description = "only this course id")
    String course;

    @Option(name = "-k", aliases = "--cohort", description = "only this cohort id")
    String cohort;

    @Option(name = "-s", aliases = "--status", description = "ADMITTED, WAITLISTED, ENROLLED, COMPLETED, WITHDRAWN, REJECTED")
    String status;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Person");
        table.column("Municipality");
        table.column("Status");
        table.column("Ticket").alignRight();
        table.column("Applied");
        for (Enrolment e : service.enrolments(CurrentUser.SYSTEM, course, cohort, null, null,
                QueryParams.enumValue("status", status, EnrolmentStatus.class),
                PageRequest.of(0, PageRequest.MAX_LIMIT)).items()) {
            table.addRow().addContent(e.id(), e.personId(), e.municipality(), e.status(),
                    e.waitlistPosition() == null ? "" : e.waitlistPosition(), e.appliedAt());
        }
        table.print(System.out);
        return null;
    }
}
