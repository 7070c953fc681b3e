package org.asskomm.platform.core.command;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.DemoData;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "asskomm", name = "demo-load",
        description = "Loads the demo scenario of every installed module (idempotent; not for production databases)")
@Service
public class DemoLoadCommand implements Action {

    @Reference(optional = true)
    List<DemoData> demos;

    @Override
    public Object execute() {
        if (demos == null || demos.isEmpty()) {
            System.out.println("No installed module offers demo data.");
            return null;
        }
        for (DemoData demo : demos) {
            System.out.println(demo.moduleId() + ": " + demo.load(CurrentUser.SYSTEM));
        }
        return null;
    }
}
