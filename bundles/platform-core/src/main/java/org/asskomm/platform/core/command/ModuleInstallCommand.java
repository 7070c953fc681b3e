package org.asskomm.platform.core.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.admin.FeatureStatus;
import org.asskomm.platform.api.admin.ModuleCatalogue;

/** The module store from the console: the same desired state in the shared database as the REST API writes. */
@Command(scope = "asskomm", name = "module-install",
        description = "Installs a module feature on every node of the cluster (or a node group); with -r uninstalls it")
@Service
public class ModuleInstallCommand implements Action {

    @Reference
    ModuleCatalogue store;

    @Argument(index = 0, name = "feature", description = "module feature, e.g. asskomm-training", required = true)
    String feature;

    @Option(name = "-v", aliases = "--version", description = "feature version (default: the newest offered)")
    String version;

    @Option(name = "-g", aliases = "--group", description = "node group (default: every node)")
    String group;

    @Option(name = "-r", aliases = "--remove", description = "uninstall instead of install; the module's data stays")
    boolean remove;

    @Override
    public Object execute() {
        FeatureStatus status = remove ? store.uninstall(CurrentUser.SYSTEM, feature, group)
                : store.install(CurrentUser.SYSTEM, feature, version, group);
        System.out.println((remove ? "uninstall" : "install") + " of " + feature + ": " + status.state()
                + "; every node converges within seconds (asskomm:cluster-status)");
        return null;
    }
}
