package org.asskomm.platform.core.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.asskomm.platform.api.admin.ClusterModules;
import org.asskomm.platform.api.admin.DesiredModule;
import org.asskomm.platform.api.admin.NodeMigration;
import org.asskomm.platform.api.admin.NodeModules;
import org.asskomm.platform.api.admin.ModuleCatalogue;

@Command(scope = "asskomm", name = "cluster-status",
        description = "Shows the cluster's desired modules and, per node, whether it has converged to them")
@Service
public class ClusterStatusCommand implements Action {

    @Reference
    ModuleCatalogue store;

    @Override
    public Object execute() {
        ClusterModules cluster = store.cluster();
        System.out.println("Desired module state, revision " + cluster.revision());
        ShellTable desired = new ShellTable();
        desired.column("Feature");
        desired.column("Version");
        desired.column("Group");
        desired.column("Wanted");
        desired.column("Changed by");
        for (DesiredModule d : cluster.desired()) {
            desired.addRow().addContent(d.feature(), d.version() == null ? "newest" : d.version(), d.group(),
                    d.wanted() ? "installed" : "uninstalled", d.changedBy());
        }
        desired.print(System.out);
        ShellTable nodes = new ShellTable();
        nodes.column("Node");
        nodes.column("Group");
        nodes.column("Converged");
        nodes.column("Alive");
        nodes.column("Pending");
        for (NodeModules n : cluster.nodes()) {
            nodes.addRow().addContent(n.node(), n.group(), n.converged() ? "yes" : "no", n.alive() ? "yes" : "no",
                    String.join(", ", n.pending()));
        }
        nodes.print(System.out);
        for (NodeMigration m : cluster.migrations()) {
            if (m.error() != null) {
                System.out.println("FAILED migration of " + m.moduleId() + " on " + m.node() + ": " + m.error());
            }
        }
        return null;
    }
}
