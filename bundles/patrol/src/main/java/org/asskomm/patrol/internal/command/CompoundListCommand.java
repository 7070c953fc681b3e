package org.asskomm.patrol.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;

@Command(scope = "asskomm", name = "patrol-list", description = "Lists the patrol compounds (enforcement services)")
@Service
public class CompoundListCommand implements Action {

    @Reference
    CompoundService service;

    @Option(name = "-m", aliases = "--municipality", description = "Only compounds with this member (AGS)")
    String municipality;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Lead");
        table.column("Since");
        table.column("Members").alignRight();
        for (Compound c : service.compounds(CurrentUser.SYSTEM, municipality, PageRequest.of(0, 500)).items()) {
            table.addRow().addContent(c.id(), c.name(), c.leadAgs(), c.startDate(), c.members().size());
        }
        table.print(System.out);
        return null;
    }
}
