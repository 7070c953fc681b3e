package org.asskomm.patrol.internal.command;

import java.time.YearMonth;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.patrol.api.CostStatement;
import org.asskomm.patrol.api.StatementService;
import org.asskomm.patrol.api.StatementLine;
import org.asskomm.platform.api.CurrentUser;

@Command(scope = "asskomm", name = "patrol-statement", description = "Prints a compound's monthly cost statement")
@Service
public class StatementCommand implements Action {

    @Reference
    StatementService service;

    @Argument(index = 0, name = "compound", description = "Compound id", required = true)
    String compound;

    @Argument(index = 1, name = "month", description = "Month as YYYY-MM", required = true)
    String month;

    @Override
    public Object execute() {
        CostStatement s = service.statement(CurrentUser.SYSTEM, compound, YearMonth.parse(month));
        System.out.println(s.compoundName() + " " + s.month() + ", key " + s.keyType() + ", total " + s.total() + " EUR");
        ShellTable table = new ShellTable();
        table.column("AGS");
        table.column("Municipality");
        table.column("Share %").alignRight();
        table.column("Hours contracted").alignRight();
        table.column("Hours delivered").alignRight();
        table.column("Amount EUR").alignRight();
        for (StatementLine l : s.municipalities()) {
            table.addRow().addContent(l.ags(), l.name(), l.sharePercent(), l.contractedHours(), l.deliveredHours(),
                    l.amount());
        }
        table.print(System.out);
        return null;
    }
}
