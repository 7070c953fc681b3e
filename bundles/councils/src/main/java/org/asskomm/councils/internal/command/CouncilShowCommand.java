package org.asskomm.councils.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.councils.api.Composition;
import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilService;
import org.asskomm.councils.api.MemberService;
import org.asskomm.councils.api.StatusHistoryEntry;
import org.asskomm.platform.api.CurrentUser;

@Command(scope = "asskomm", name = "council-show", description = "Shows a council: status history and today's composition")
@Service
public class CouncilShowCommand implements Action {

    @Reference
    CouncilService councils;

    @Reference
    MemberService members;

    @Argument(index = 0, name = "id", description = "council id", required = true)
    String id;

    @Override
    public Object execute() {
        Council c = councils.get(CurrentUser.SYSTEM, id);
        System.out.println(c.name() + " (" + c.municipality() + ", " + c.district() + "): " + c.status()
                + " since " + c.statusSince() + ", chair " + c.rules().chair());
        ShellTable history = new ShellTable();
        history.column("Status");
        history.column("On");
        history.column("By");
        history.column("Note");
        for (StatusHistoryEntry e : councils.history(CurrentUser.SYSTEM, id)) {
            history.addRow().addContent(e.status(), e.on(), e.user(), e.note());
        }
        history.print(System.out);
        Composition composition = members.composition(CurrentUser.SYSTEM, id, null);
        ShellTable sectors = new ShellTable();
        sectors.column("Sector");
        sectors.column("Voting").alignRight();
        sectors.column("Advisory").alignRight();
        for (Composition.SectorCount s : composition.sectors()) {
            sectors.addRow().addContent(s.sector(), s.voting(), s.advisory());
        }
        sectors.print(System.out);
        return null;
    }
}
