package org.asskomm.training.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.training.api.PersonService;

@Command(scope = "asskomm", name = "training-anonymise",
        description = "Anonymises a participant (GDPR Art. 17): names and contact data go, statistics stay")
@Service
public class AnonymisePersonCommand implements Action {

    @Reference
    PersonService service;

    @Argument(index = 0, name = "personId", required = true, description = "id of the person")
    String personId;

    @Override
    public Object execute() {
        service.anonymise(CurrentUser.SYSTEM, personId);
        System.out.println("Person " + personId + " anonymised.");
        return null;
    }
}
