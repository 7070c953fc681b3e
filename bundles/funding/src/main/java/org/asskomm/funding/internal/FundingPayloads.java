package org.asskomm.funding.internal;

import static org.asskomm.funding.api.FundingEvents.APPROVED;
import static org.asskomm.funding.api.FundingEvents.PROOF_REVIEWED;
import static org.asskomm.funding.api.FundingEvents.PROOF_SUBMITTED;
import static org.asskomm.funding.api.FundingEvents.REJECTED;

import java.util.Map;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.FundingEvents;
import org.asskomm.funding.api.LedgerEntry;
import org.asskomm.funding.api.Programme;
import org.asskomm.platform.api.event.EventPayload;
import org.asskomm.platform.api.event.EventType;

/** The payloads of the module's events ({@link FundingEvents}), taken from the record after the change. */
final class FundingPayloads {

    private FundingPayloads() {
    }

    static Map<String, Object> programme(EventType type, Programme after) {
        return type.payload().with(FundingEvents.YEAR, after.year()).with(FundingEvents.TITLE, after.title())
                .with(FundingEvents.BUDGET, after.budget()).with(FundingEvents.WINDOW_OPENS, after.windowOpens())
                .with(FundingEvents.WINDOW_CLOSES, after.windowCloses()).build();
    }

    /** The application event {@code action}: the application's figures, and the decision or proof it reached. */
    static Map<String, Object> application(String action, Application after) {
        EventType type = FundingEvents.application(action);
        EventPayload payload = common(type, after);
        if (type == APPROVED || type == REJECTED) {
            payload.with(FundingEvents.DECIDED_AT, after.decision().decidedAt());
        }
        if (type == APPROVED) {
            payload.with(FundingEvents.GRANTED, after.decision().grantedAmount())
                    .with(FundingEvents.PARTIAL, after.decision().partial())
                    .with(FundingEvents.PROOF_DUE, after.proofDue());
        } else if (type == PROOF_SUBMITTED) {
            payload.with(FundingEvents.ACTUAL_TOTAL, after.proof().actualTotal());
        } else if (type == PROOF_REVIEWED) {
            payload.with(FundingEvents.RECOGNIZED, after.proof().recognizedCosts())
                    .with(FundingEvents.FINAL_GRANT, after.proof().finalGrant());
        }
        return payload.build();
    }

    /** A payout, reclaim or repayment: the ledger line booked. */
    static Map<String, Object> booked(String action, Application after, LedgerEntry entry) {
        return common(FundingEvents.application(action), after).with(FundingEvents.KIND, entry.kind())
                .with(FundingEvents.AMOUNT_BOOKED, entry.amount()).with(FundingEvents.VALUE_DATE, entry.valueDate())
                .build();
    }

    private static EventPayload common(EventType type, Application after) {
        return type.payload().with(FundingEvents.PROGRAMME_ID, after.programmeId())
                .with(FundingEvents.YEAR, after.programmeYear()).with(FundingEvents.STATUS, after.status())
                .with(FundingEvents.REQUESTED, after.requestedAmount());
    }
}
