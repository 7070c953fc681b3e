package org.asskomm.funding.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;

@Command(scope = "asskomm", name = "funding-programmes",
        description = "Lists funding programmes with budget, committed, paid and available amounts (from the ledger)")
@Service
public class ProgrammeListCommand implements Action {

    @Reference
    ProgrammeService programmes;

    @Option(name = "--year", description = "Only this programme year")
    Integer year;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Year");
        table.column("Title");
        table.column("Window");
        table.column("Budget").alignRight();
        table.column("Committed").alignRight();
        table.column("Paid").alignRight();
        table.column("Available").alignRight();
        for (Programme p : programmes.programmes(CurrentUser.SYSTEM, year, new PageRequest(0, PageRequest.MAX_LIMIT))
                .items()) {
            table.addRow().addContent(p.id(), p.year(), p.title(), p.windowOpens() + " – " + p.windowCloses(),
                    p.budget(), p.figures().committed(), p.figures().paid(), p.figures().available());
        }
        table.print(System.out);
        return null;
    }
}
