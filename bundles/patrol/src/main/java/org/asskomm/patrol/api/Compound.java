package org.asskomm.patrol.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An inter-municipal enforcement service (Interkommunaler Gemeindlicher Vollzugsdienst).
 *
 * @param purposeAgreementId reference to the purpose agreement (agreements module), may be null
 * @param untouchedAfterDays a place not patrolled within this many days counts as untouched
 */
public record Compound(String id, String name, String leadAgs, LocalDate startDate, String purposeAgreementId,
                       int untouchedAfterDays, List<CompoundMember> members, int version) {

    public Compound {
        members = List.copyOf(members);
    }

    public boolean hasMember(String ags) {
        return members.stream().anyMatch(m -> m.ags().equals(ags));
    }
}
