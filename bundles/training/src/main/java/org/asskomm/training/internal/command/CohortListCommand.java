package org.asskomm.training.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.training.api.CatalogueService;
import org.asskomm.training.api.Cohort;

@Command(scope = "asskomm", name = "training-cohorts", description = "Lists the cohorts of all study programmes with seats and waitlists")
@Service
public class CohortListCommand implements Action {

    @Reference
    CatalogueService service;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Programme");
        table.column("Cohort");
        table.column("Intake");
        table.column("Status");
        table.column("Seats").alignRight();
        table.column("Admitted").alignRight();
        table.column("Waitlisted").alignRight();
        for (Cohort c : service.cohorts(CurrentUser.SYSTEM, null, null, null,
                PageRequest.of(0, PageRequest.MAX_LIMIT)).items()) {
            table.addRow().addContent(c.id(), c.programmeTitle(), c.title(), c.intakeOn(), c.status(), c.capacity(),
                    c.admitted(), c.waitlisted());
        }
        table.print(System.out);
        return null;
    }
}
