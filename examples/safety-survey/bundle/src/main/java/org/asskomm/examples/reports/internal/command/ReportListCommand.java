package org.asskomm.examples.reports.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.examples.reports.api.Report;
import org.asskomm.examples.reports.api.ReportCategory;
import org.asskomm.examples.reports.api.ReportService;
import org.asskomm.examples.reports.api.ReportStatus;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;

/** {@code asskomm:report-list}: citizens' reports with their place, category and status. */
@Command(scope = "asskomm", name = "report-list", description = "Lists citizens' reports (Bürgermeldungen)")
@Service
public class ReportListCommand implements Action {

    @Reference
    ReportService reports;

    @Option(name = "-m", aliases = "--municipality", description = "official key (AGS) of the municipality")
    String municipality;

    @Option(name = "-c", aliases = "--category", description = "LITTER, ILLEGAL_DUMPING, GRAFFITI, STREET_LIGHT, "
            + "VANDALISM, NOISE, OTHER")
    ReportCategory category;

    @Option(name = "-s", aliases = "--status", description = "RECEIVED, IN_PROGRESS, RESOLVED")
    ReportStatus status;

    @Override
    public Object execute() {
        Page<Report> page = reports.list(CurrentUser.SYSTEM, municipality, category, status,
                new PageRequest(0, PageRequest.MAX_LIMIT));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("AGS");
        table.column("Reported");
        table.column("Category");
        table.column("Place");
        table.column("Status");
        for (Report r : page.items()) {
            String place = r.place() != null ? r.place() : r.latitude() + ", " + r.longitude();
            table.addRow().addContent(r.id(), r.municipality(), r.reportedOn(), r.category(), place, r.status());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " reports");
        return null;
    }
}
