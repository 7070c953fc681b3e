package ${package}.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;

import ${package}.api.Measure;
import ${package}.api.MeasureService;
import ${package}.api.MeasureStatus;

/** {@code asskomm:${moduleId}-list}: the measures, for IT staff at the Karaf console. */
@Command(scope = "asskomm", name = "${moduleId}-list", description = "Lists the measures of ${moduleTitle}")
@Service
public class MeasureListCommand implements Action {

    @Reference
    MeasureService measures;

    @Option(name = "-m", aliases = "--municipality", description = "official key (AGS) of the municipality")
    String municipality;

    @Option(name = "-s", aliases = "--status", description = "PLANNED, RUNNING or DONE")
    MeasureStatus status;

    @Override
    public Object execute() {
        Page<Measure> page = measures.list(CurrentUser.SYSTEM, municipality, status,
                new PageRequest(0, PageRequest.MAX_LIMIT));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("AGS");
        table.column("Status");
        table.column("Title");
        for (Measure m : page.items()) {
            table.addRow().addContent(m.id(), m.municipality(), m.status(), m.title());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " measures");
        return null;
    }
}
