package org.asskomm.councils.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilService;
import org.asskomm.councils.api.CouncilStatus;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;

@Command(scope = "asskomm", name = "council-list", description = "Lists prevention councils (all municipalities)")
@Service
public class CouncilListCommand implements Action {

    @Reference
    CouncilService councils;

    @Option(name = "--municipality", description = "official municipality key (AGS)")
    String municipality;

    @Option(name = "--status", description = "PLANNED, COORDINATION_OFFICE, CONSTITUTED, DORMANT or REACTIVATED")
    CouncilStatus status;

    @Option(name = "--district", description = "district (Landkreis)")
    String district;

    @Override
    public Object execute() {
        Page<Council> page = councils.list(CurrentUser.SYSTEM, municipality, status, district,
                new PageRequest(0, PageRequest.MAX_LIMIT));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("AGS");
        table.column("Name");
        table.column("District");
        table.column("Status");
        table.column("Since");
        for (Council c : page.items()) {
            table.addRow().addContent(c.id(), c.municipality(), c.name(), c.district(), c.status(), c.statusSince());
        }
        table.print(System.out);
        System.out.println(page.total() + " council(s)");
        return null;
    }
}
