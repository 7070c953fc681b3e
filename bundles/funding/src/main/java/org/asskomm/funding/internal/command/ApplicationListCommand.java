package org.asskomm.funding.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationQuery;
import org.asskomm.funding.api.ApplicationService;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.rest.QueryParams;

@Command(scope = "asskomm", name = "funding-applications", description = "Lists funding applications")
@Service
public class ApplicationListCommand implements Action {

    @Reference
    ApplicationService applications;

    @Option(name = "--year", description = "Programme year")
    Integer year;

    @Option(name = "--municipality", description = "Official municipality key (AGS)")
    String municipality;

    @Option(name = "--status", description = "DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, WITHDRAWN, PROOF_SUBMITTED, CLOSED")
    String status;

    @Option(name = "--overdue", description = "Only approved applications whose proof of use is overdue")
    boolean overdue;

    @Override
    public Object execute() {
        PageRequest all = new PageRequest(0, PageRequest.MAX_LIMIT);
        var page = overdue ? applications.overdueProofs(CurrentUser.SYSTEM, all)
                : applications.applications(CurrentUser.SYSTEM, new ApplicationQuery(null, municipality,
                        QueryParams.enumValue("status", status, ApplicationStatus.class), year), all);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Year");
        table.column("Municipality");
        table.column("Title");
        table.column("Status");
        table.column("Requested").alignRight();
        table.column("Committed").alignRight();
        table.column("Paid").alignRight();
        table.column("Proof due");
        for (Application a : page.items()) {
            table.addRow().addContent(a.id(), a.programmeYear(), a.municipalityName(), a.title(), a.status(),
                    a.requestedAmount(), a.money().committed(), a.money().paid(),
                    a.proofDue() == null ? "" : a.proofDue());
        }
        table.print(System.out);
        System.out.println(page.total() + " application(s)" + (page.total() > page.items().size()
                ? ", first " + page.items().size() + " shown" : ""));
        return null;
    }
}
