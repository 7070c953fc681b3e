package org.asskomm.agreements.internal.command;

import java.util.UUID;

import org.asskomm.agreements.api.Agreement;
import org.asskomm.agreements.api.AgreementService;
import org.asskomm.agreements.api.Party;
import org.asskomm.agreements.api.Signatory;
import org.asskomm.platform.api.CurrentUser;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "asskomm", name = "agreement-show", description = "Shows one cooperation agreement")
@Service
public class AgreementShowCommand implements Action {

    @Reference
    AgreementService agreements;

    @Argument(name = "id", description = "agreement id (UUID)", required = true)
    String id;

    @Override
    public Object execute() {
        Agreement a = agreements.get(CurrentUser.SYSTEM, UUID.fromString(id));
        System.out.println(a.subject());
        System.out.println("  municipality " + a.municipality() + ", status " + a.status() + ", version " + a.version());
        if (a.signedOn() != null) {
            System.out.println("  signed on " + a.signedOn() + " in " + a.signedAt());
        }
        for (Party p : a.parties()) {
            System.out.println("  party " + p.organisation() + " (" + p.type() + ")");
            for (Signatory s : p.signatories()) {
                System.out.println("    signed by " + s.name() + ", " + s.function());
            }
        }
        a.goals().forEach(g -> System.out.println("  goal: " + g));
        a.measures().forEach(m -> System.out.println("  measure: " + m));
        a.milestones().forEach(m -> System.out.println("  milestone " + m.type() + " on " + m.on()));
        a.history().forEach(h -> System.out.println("  " + h.on() + " " + h.status() + " by " + h.by()));
        return null;
    }
}
