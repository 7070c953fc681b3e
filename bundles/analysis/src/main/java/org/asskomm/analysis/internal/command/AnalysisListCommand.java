package org.asskomm.analysis.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.analysis.api.Analysis;
import org.asskomm.analysis.api.AnalysisService;
import org.asskomm.analysis.api.AnalysisStatus;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;

@Command(scope = "asskomm", name = "analysis-list", description = "Lists safety analyses with their current phase")
@Service
public class AnalysisListCommand implements Action {

    @Reference
    AnalysisService analyses;

    @Option(name = "-m", aliases = "--municipality", description = "official key of the municipality")
    String municipality;

    @Option(name = "-s", aliases = "--status", description = "PLANNED, RUNNING, COMPLETED, CANCELLED")
    AnalysisStatus status;

    @Override
    public Object execute() {
        Page<Analysis> page = analyses.list(CurrentUser.SYSTEM, municipality, status,
                new PageRequest(0, PageRequest.MAX_LIMIT));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("AGS");
        table.column("Status");
        table.column("Phase");
        table.column("Title");
        for (Analysis a : page.items()) {
            table.addRow().addContent(a.id(), a.municipality(), a.status(), a.currentPhase(), a.title());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " analyses");
        return null;
    }
}
