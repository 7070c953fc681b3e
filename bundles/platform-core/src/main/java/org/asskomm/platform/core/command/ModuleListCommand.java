package org.asskomm.platform.core.command;

import org.asskomm.platform.api.ModuleDescriptor;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.Modules;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "asskomm", name = "module-list", description = "Lists the installed ASSKomm modules")
@Service
public class ModuleListCommand implements Action {

    @Reference
    Modules modules;

    @Reference
    ModuleEnablement enablement;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Title");
        table.column("Version");
        table.column("REST");
        table.column("Enabled for").alignRight();
        for (ModuleDescriptor d : modules.installed()) {
            table.addRow().addContent(d.id(), d.title(), d.version(), "/api/v1" + d.restPath(),
                    enablement.enabledMunicipalities(d.id()).size());
        }
        table.print(System.out);
        return null;
    }
}
