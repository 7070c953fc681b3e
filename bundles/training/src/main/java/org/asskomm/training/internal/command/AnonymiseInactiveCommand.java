package org.asskomm.training.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.training.api.PersonService;

@Command(scope = "asskomm", name = "training-anonymise-inactive",
        description = "Anonymises every participant without open enrolments and without activity for the retention period")
@Service
public class AnonymiseInactiveCommand implements Action {

    @Reference
    PersonService service;

    @Option(name = "-y", aliases = "--years", description = "retention period in years (default 10)")
    int years = 10;

    @Override
    public Object execute() {
        List<String> ids = service.anonymiseInactive(CurrentUser.SYSTEM, years);
        System.out.println(ids.size() + " participant(s) anonymised.");
        return null;
    }
}
