package org.asskomm.councils.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.councils.api.Task;
import org.asskomm.councils.api.TaskService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;

@Command(scope = "asskomm", name = "council-overdue", description = "Lists overdue council tasks")
@Service
public class CouncilOverdueCommand implements Action {

    @Reference
    TaskService tasks;

    @Option(name = "--municipality", description = "official municipality key (AGS)")
    String municipality;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Council");
        table.column("Task");
        table.column("Owner");
        table.column("Due");
        for (Task t : tasks.overdueTasks(CurrentUser.SYSTEM, municipality, null,
                new PageRequest(0, PageRequest.MAX_LIMIT)).items()) {
            table.addRow().addContent(t.councilId(), t.title(), t.owner(), t.dueOn());
        }
        table.print(System.out);
        return null;
    }
}
