package org.asskomm.funding.api;

import java.time.LocalDate;

/**
 * An approved application whose proof of use is due within the days asked for, or overdue: the deadline tracking
 * the LPR and the municipality are reminded of ({@code daysLeft} is negative when overdue).
 */
public record ProofReminder(String applicationId, String title, String programmeId, String municipality,
                            String municipalityName, LocalDate proofDue, long daysLeft, boolean overdue) {
}
