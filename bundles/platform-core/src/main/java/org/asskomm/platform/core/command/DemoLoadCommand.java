package org.asskomm.platform.core.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.DemoData;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

@Command(scope = "asskomm", name = "demo-load",
        description = "Loads the demo scenario of every installed module (idempotent; not for production databases)")
@Service
public class DemoLoadCommand implements Action {

    /**
     * The demos are looked up when the command runs: a reference to them would make Karaf register all of the
     * platform's commands again whenever a module comes or goes (five times in a boot with all modules).
     */
    @Reference
    BundleContext context;

    @Override
    public Object execute() throws InvalidSyntaxException {
        List<ServiceReference<DemoData>> refs = new ArrayList<>(context.getServiceReferences(DemoData.class, null));
        if (refs.isEmpty()) {
            System.out.println("No installed module offers demo data.");
            return null;
        }
        refs.sort(Comparator.reverseOrder());   // OSGi's order: highest ranking first, then the oldest service
        for (ServiceReference<DemoData> ref : refs) {
            DemoData demo = context.getService(ref);
            if (demo != null) {
                try {
                    System.out.println(demo.moduleId() + ": " + demo.load(CurrentUser.SYSTEM));
                } finally {
                    context.ungetService(ref);
                }
            }
        }
        return null;
    }
}
