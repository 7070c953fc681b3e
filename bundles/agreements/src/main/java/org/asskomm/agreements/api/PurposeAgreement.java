package org.asskomm.agreements.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A purpose agreement (Zweckvereinbarung) between a lead municipality and its partners. */
public record PurposeAgreement(UUID id, String lead, List<String> partners, String purpose, List<String> tasks,
                               PurposeKind kind, PurposeStatus status, LocalDate startDate, Integer noticeMonths,
                               LocalDate cancelledOn, String costSharingNote, int version) {
}
