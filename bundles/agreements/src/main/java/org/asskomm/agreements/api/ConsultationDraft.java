package org.asskomm.agreements.api;

import java.time.LocalDate;
import java.util.List;

/** The LPR's advice to a municipality, as recorded by LPR staff. */
public record ConsultationDraft(String municipality, LocalDate date, List<String> topics, List<String> participants,
                                String outcome, List<String> followUps) {
}
