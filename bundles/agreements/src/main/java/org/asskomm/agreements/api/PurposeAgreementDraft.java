package org.asskomm.agreements.api;

import java.time.LocalDate;
import java.util.List;

/** Create or update a purpose agreement; {@code version} is required for an update. */
public record PurposeAgreementDraft(String lead, List<String> partners, String purpose, List<String> tasks,
                                    PurposeKind kind, LocalDate startDate, Integer noticeMonths,
                                    String costSharingNote, Integer version) {
}
