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
import org.asskomm.training.api.CatalogueService;
import org.asskomm.training.api.Course;
import org.asskomm.training.api.OfferStatus;

@Command(scope = "asskomm", name = "training-courses", description = "Lists training courses with their seats and waitlists")
@Service
public class CourseListCommand implements Action {

    @Reference
    CatalogueService service;

    @Option(name = "-s", aliases = "--status", description = "OPEN, CANCELLED or COMPLETED")
    String status;

    @Option(name = "-y", aliases = "--year", description = "courses starting in this year")
    String year;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Title");
        table.column("Starts");
        table.column("Status");
        table.column("Capacity").alignRight();
        table.column("Admitted").alignRight();
        table.column("Waitlisted").alignRight();
        for (Course c : service.courses(CurrentUser.SYSTEM, QueryParams.enumValue("status", status, OfferStatus.class),
                QueryParams.integer("year", year), null, PageRequest.of(0, PageRequest.MAX_LIMIT)).items()) {
            table.addRow().addContent(c.id(), c.title(), c.startsOn(), c.status(), c.capacity(), c.admitted(),
                    c.waitlisted());
        }
        table.print(System.out);
        return null;
    }
}
