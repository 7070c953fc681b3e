package org.asskomm.agreements.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A cooperation agreement (Kooperationsvereinbarung) between a municipality, the police and the LPR. */
public record Agreement(UUID id, String municipality, String subject, List<String> goals, List<String> measures,
                        List<Party> parties, AgreementStatus status, LocalDate signedOn, String signedAt,
                        LocalDate validFrom, LocalDate validUntil, List<StatusChange> history,
                        List<Milestone> milestones, List<Amendment> amendments, List<DocumentInfo> documents,
                        int version) {

    /** A status the agreement reached, when, and who recorded it. */
    public record StatusChange(AgreementStatus status, LocalDate on, String by) {
    }
}
