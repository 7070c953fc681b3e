package org.asskomm.patrol.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.patrol.api.Coverage;
import org.asskomm.patrol.api.MunicipalityCoverage;
import org.asskomm.patrol.api.StatementService;
import org.asskomm.platform.api.CurrentUser;

@Command(scope = "asskomm", name = "patrol-coverage", description = "Shows which share of places was patrolled recently")
@Service
public class CoverageCommand implements Action {

    @Reference
    StatementService service;

    @Argument(index = 0, name = "compound", description = "Compound id", required = true)
    String compound;

    @Option(name = "-d", aliases = "--days", description = "Look back this many days (default 30)")
    int days = 30;

    @Override
    public Object execute() {
        Coverage coverage = service.coverage(CurrentUser.SYSTEM, compound, days, null);
        ShellTable table = new ShellTable();
        table.column("AGS");
        table.column("Municipality");
        table.column("Places").alignRight();
        table.column("Patrolled").alignRight();
        table.column("%").alignRight();
        for (MunicipalityCoverage m : coverage.municipalities()) {
            table.addRow().addContent(m.ags(), m.name(), m.places(), m.patrolled(), m.sharePercent());
        }
        table.print(System.out);
        System.out.println("Formerly untouched places reached since the start: " + coverage.formerlyUntouchedReached()
                + " of " + coverage.formerlyUntouchedPlaces());
        return null;
    }
}
