package org.asskomm.training.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.asskomm.training.api.CertificateService;
import org.asskomm.training.api.CertificateVerification;

@Command(scope = "asskomm", name = "training-verify", description = "Checks a certificate's verification code")
@Service
public class VerifyCertificateCommand implements Action {

    @Reference
    CertificateService service;

    @Argument(index = 0, name = "code", required = true, description = "the code printed on the certificate")
    String code;

    @Override
    public Object execute() {
        CertificateVerification v = service.verify(code);
        System.out.println(v.code() + ": valid, " + (v.initials() == null ? "(anonymised)" : v.initials()) + ", "
                + v.title() + ", completed " + v.completedOn());
        return null;
    }
}
