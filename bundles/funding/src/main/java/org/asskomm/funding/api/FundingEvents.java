package org.asskomm.funding.api;

import static org.asskomm.platform.api.event.EventProperty.optional;
import static org.asskomm.platform.api.event.EventProperty.required;
import static org.asskomm.platform.api.event.PropertyType.AMOUNT;
import static org.asskomm.platform.api.event.PropertyType.BOOLEAN;
import static org.asskomm.platform.api.event.PropertyType.DATE;
import static org.asskomm.platform.api.event.PropertyType.ID;
import static org.asskomm.platform.api.event.PropertyType.INTEGER;
import static org.asskomm.platform.api.event.PropertyType.TEXT;
import static org.asskomm.platform.api.event.PropertyType.TIMESTAMP;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.asskomm.platform.api.event.EventCatalogue;
import org.asskomm.platform.api.event.EventProperty;
import org.asskomm.platform.api.event.EventType;

/**
 * The events of the funding module, posted after the change committed; docs/events.md is generated from
 * {@link #CATALOGUE}. Amounts are exact decimal strings with two places. Programmes belong to the LPR: their events
 * carry no {@code municipality}.
 */
public final class FundingEvents {

    public static final String MODULE = "funding";

    public static final EventProperty YEAR = required("year", INTEGER, "the programme year");
    public static final EventProperty TITLE = required("title", TEXT, "the programme's title");
    public static final EventProperty BUDGET = required("budget", AMOUNT, "the programme's budget");
    public static final EventProperty WINDOW_OPENS = required("windowOpens", DATE, "first day applications are accepted");
    public static final EventProperty WINDOW_CLOSES = required("windowCloses", DATE, "last day applications are accepted");

    public static final EventProperty PROGRAMME_ID = required("programmeId", ID, "the programme applied to");
    public static final EventProperty STATUS = required("status", TEXT, "the application's status after the change");
    public static final EventProperty REQUESTED = optional("requestedAmount", AMOUNT, "the amount applied for");
    public static final EventProperty DECIDED_AT = required("decidedAt", TIMESTAMP, "when the LPR decided");
    public static final EventProperty GRANTED = required("grantedAmount", AMOUNT, "the grant committed in the budget");
    public static final EventProperty PARTIAL = required("partial", BOOLEAN, "less than requested was granted");
    public static final EventProperty PROOF_DUE = optional("proofDue", DATE, "the day the proof of use is due");
    public static final EventProperty ACTUAL_TOTAL = required("actualTotal", AMOUNT, "the actual costs declared");
    public static final EventProperty RECOGNIZED = required("recognizedCosts", AMOUNT, "the costs the LPR recognised");
    public static final EventProperty FINAL_GRANT = required("finalGrant", AMOUNT,
            "the final grant; what was committed beyond it is reclaimed in the same change");
    public static final EventProperty KIND = required("kind", TEXT, "the ledger kind: PAYOUT, RECLAIM or REPAYMENT");
    public static final EventProperty AMOUNT_BOOKED = required("amount", AMOUNT, "the amount booked");
    public static final EventProperty VALUE_DATE = required("valueDate", DATE, "the value date of the booking");

    private static final List<EventProperty> APPLICATION = List.of(PROGRAMME_ID, YEAR, STATUS, REQUESTED);

    public static final EventType PROGRAMME_CREATED = programme("CREATED", "The LPR opened a funding programme.");
    public static final EventType PROGRAMME_UPDATED = programme("UPDATED", "The LPR changed a programme's rules.");

    public static final EventType CREATED = application("CREATED", "A municipality drafted an application.");
    public static final EventType UPDATED = application("UPDATED", "The draft was changed.");
    public static final EventType SUBMITTED = application("SUBMITTED", "The application was submitted to the LPR.");
    public static final EventType REVIEW_STARTED = application("REVIEW_STARTED", "The LPR started its review.");
    public static final EventType WITHDRAWN = application("WITHDRAWN", "The municipality withdrew the application.");
    public static final EventType APPROVED = application("APPROVED",
            "The LPR approved the application and committed the grant in the programme's budget.",
            DECIDED_AT, GRANTED, PARTIAL, PROOF_DUE);
    public static final EventType REJECTED = application("REJECTED", "The LPR rejected the application.", DECIDED_AT);
    public static final EventType PROOF_SUBMITTED = application("PROOF_SUBMITTED",
            "The municipality submitted its proof of use.", ACTUAL_TOTAL);
    public static final EventType PROOF_REVIEWED = application("PROOF_REVIEWED",
            "The LPR reviewed the proof of use and closed the application.", RECOGNIZED, FINAL_GRANT);
    public static final EventType CONCEPT_SAVED = application("CONCEPT_SAVED",
            "A new revision of the application's project concept (Beccaria standards) was saved.");
    public static final EventType RECIPIENT_ADDED = application("RECIPIENT_ADDED",
            "A third-party recipient was named with its share of the grant.");
    public static final EventType RECIPIENT_PROOF_SUBMITTED = application("RECIPIENT_PROOF_SUBMITTED",
            "The municipality submitted the proof of use of a third-party recipient.");
    public static final EventType IMPACT_RECORDED = application("IMPACT_RECORDED",
            "Baseline or follow-up values of the project's indicators were recorded.");
    public static final EventType PAID = application("PAID", "Money was paid out to the municipality.",
            KIND, AMOUNT_BOOKED, VALUE_DATE);
    public static final EventType RECLAIMED = application("RECLAIMED", "Part of the grant was taken back.",
            KIND, AMOUNT_BOOKED, VALUE_DATE);
    public static final EventType REPAID = application("REPAID", "The municipality paid money back.",
            KIND, AMOUNT_BOOKED, VALUE_DATE);

    public static final EventCatalogue CATALOGUE = EventCatalogue.of(MODULE, PROGRAMME_CREATED, PROGRAMME_UPDATED,
            CREATED, UPDATED, SUBMITTED, REVIEW_STARTED, WITHDRAWN, APPROVED, REJECTED, PROOF_SUBMITTED,
            PROOF_REVIEWED, PAID, RECLAIMED, REPAID, CONCEPT_SAVED, RECIPIENT_ADDED,
            RECIPIENT_PROOF_SUBMITTED, IMPACT_RECORDED);

    private FundingEvents() {
    }

    /** The application event {@code action}, e.g. {@code APPROVED}. */
    public static EventType application(String action) {
        return CATALOGUE.require("Application", action);
    }

    private static EventType programme(String action, String description) {
        return EventType.of(MODULE, "Programme", action, 1, description, YEAR, TITLE, BUDGET, WINDOW_OPENS,
                WINDOW_CLOSES);
    }

    private static EventType application(String action, String description, EventProperty... more) {
        List<EventProperty> properties = new ArrayList<>(APPLICATION);
        Stream.of(more).forEach(properties::add);
        return new EventType(MODULE, "Application", action, 1, description, properties);
    }
}
