package org.asskomm.agreements.internal.command;

import org.asskomm.agreements.api.AgreementQuery;
import org.asskomm.agreements.api.AgreementService;
import org.asskomm.agreements.api.AgreementStatus;
import org.asskomm.agreements.api.AgreementSummary;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "asskomm", name = "agreement-list", description = "Lists cooperation agreements")
@Service
public class AgreementListCommand implements Action {

    @Reference
    AgreementService agreements;

    @Option(name = "-m", aliases = "--municipality", description = "official key of the municipality")
    String municipality;

    @Option(name = "-s", aliases = "--status", description = "FIRST_CONTACT, PRE_AGREEMENT, SIGNED, ACTIVE, INACTIVE, ENDED")
    AgreementStatus status;

    @Override
    public Object execute() {
        Page<AgreementSummary> page = agreements.list(CurrentUser.SYSTEM,
                new AgreementQuery(municipality, null, null, status, null), new PageRequest(0, PageRequest.MAX_LIMIT));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("AGS");
        table.column("Status");
        table.column("Signed");
        table.column("Subject");
        for (AgreementSummary a : page.items()) {
            table.addRow().addContent(a.id(), a.municipality(), a.status(), a.signedOn(), a.subject());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " agreements");
        return null;
    }
}
