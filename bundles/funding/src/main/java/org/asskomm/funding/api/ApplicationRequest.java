package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.platform.api.rest.Money;

/**
 * Creates or changes a draft application. The financing must add up:
 * sum of the cost plan = requested amount + own contribution + other funding.
 *
 * @param applicant             who applies (the municipality, or its prevention council on its behalf)
 * @param thirdPartyRecipient   optional: the third party the funds are passed on to
 * @param consultationDate      date of the mandatory LPR consultation before applying
 * @param exceptionRequested    asks for a grant at or below the minimum grant (short-notice or event-driven project)
 */
public record ApplicationRequest(String programmeId, String municipality, String applicant, String title,
                                 String actionField, String location, LocalDate periodStart, LocalDate periodEnd,
                                 String thirdPartyRecipient, ProjectDescription description,
                                 LocalDate consultationDate, String consultationReference, List<CostItem> costPlan,
                                 @Money BigDecimal requestedAmount, @Money BigDecimal ownContribution, @Money BigDecimal otherFunding,
                                 Boolean exceptionRequested, String exceptionReason, Integer version) {
}
