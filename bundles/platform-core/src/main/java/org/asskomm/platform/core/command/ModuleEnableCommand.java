package org.asskomm.platform.core.command;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.PageRequest;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "asskomm", name = "module-enable",
        description = "Enables (or with -r disables) a module for a municipality, or for all with 'all'")
@Service
public class ModuleEnableCommand implements Action {

    @Reference
    ModuleEnablement enablement;

    @Reference
    MunicipalityDirectory directory;

    @Argument(index = 0, name = "module", description = "module id, e.g. agreements", required = true)
    String module;

    @Argument(index = 1, name = "ags", description = "official municipality key, or 'all'", required = true)
    String ags;

    @Option(name = "-r", aliases = "--remove", description = "disable instead of enable")
    boolean remove;

    @Override
    public Object execute() {
        int changed = 0;
        if ("all".equals(ags)) {
            for (Municipality m : directory.search(null, null, new PageRequest(0, PageRequest.MAX_LIMIT)).items()) {
                changed += apply(m.ags()) ? 1 : 0;
            }
        } else {
            changed += apply(ags) ? 1 : 0;
        }
        System.out.println((remove ? "disabled" : "enabled") + " '" + module + "' for " + changed + " municipalities");
        return null;
    }

    private boolean apply(String key) {
        return remove ? enablement.disable(CurrentUser.SYSTEM, module, key) : enablement.enable(CurrentUser.SYSTEM, module, key);
    }
}
