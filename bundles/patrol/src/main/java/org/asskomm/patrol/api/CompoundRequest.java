package org.asskomm.patrol.api;

import java.time.LocalDate;
import java.util.List;

/** Creates or updates a compound; {@code members} lists every member including the lead. */
public record CompoundRequest(String name, String leadAgs, LocalDate startDate, String purposeAgreementId,
                              Integer untouchedAfterDays, List<MemberRequest> members, Integer version) {
}
