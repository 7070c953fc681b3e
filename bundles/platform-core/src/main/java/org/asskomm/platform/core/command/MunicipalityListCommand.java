package org.asskomm.platform.core.command;

import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "asskomm", name = "municipality-list", description = "Lists municipalities of the registry")
@Service
public class MunicipalityListCommand implements Action {

    @Reference
    MunicipalityDirectory directory;

    @Option(name = "-d", aliases = "--district", description = "only this district (e.g. Mittelsachsen)")
    String district;

    @Option(name = "-q", aliases = "--query", description = "name contains this text")
    String query;

    @Option(name = "-n", aliases = "--limit", description = "at most this many rows")
    int limit = 500;

    @Override
    public Object execute() {
        Page<Municipality> page = directory.search(district, query, new PageRequest(0, Math.max(1, Math.min(limit, 500))));
        ShellTable table = new ShellTable();
        table.column("AGS");
        table.column("Name");
        table.column("District");
        table.column("Population").alignRight();
        for (Municipality m : page.items()) {
            table.addRow().addContent(m.ags(), m.name(), m.district(), m.population());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " municipalities");
        return null;
    }
}
