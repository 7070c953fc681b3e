package org.asskomm.agreements.internal;

import static org.asskomm.agreements.api.AgreementEvents.DATE_REACHED;
import static org.asskomm.agreements.api.AgreementEvents.PREVIOUS;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.asskomm.agreements.api.Agreement;
import org.asskomm.agreements.api.AgreementEvents;
import org.asskomm.agreements.api.AgreementStatus;
import org.asskomm.agreements.api.Consultation;
import org.asskomm.agreements.api.Party;
import org.asskomm.agreements.api.PurposeAgreement;
import org.asskomm.platform.api.event.EventPayload;

/** The payloads of the module's events ({@link AgreementEvents}), taken from the record after the change. */
final class AgreementPayloads {

    private AgreementPayloads() {
    }

    static Map<String, Object> created(Agreement after) {
        return AgreementEvents.AGREEMENT_CREATED.payload().with(AgreementEvents.SUBJECT, after.subject()).build();
    }

    /** A status reached on {@code on}; a signature also names the place and the parties. */
    static Map<String, Object> reached(Agreement before, Agreement after, LocalDate on) {
        EventPayload payload = AgreementEvents.reached(after.status()).payload()
                .with(PREVIOUS, before.status()).with(DATE_REACHED, on);
        if (after.status() == AgreementStatus.SIGNED) {
            payload.with(AgreementEvents.PLACE, after.signedAt())
                    .with(AgreementEvents.PARTIES, after.parties().stream().map(Party::organisation).toList())
                    .with(AgreementEvents.PARTY_MUNICIPALITIES, after.parties().stream().map(Party::municipality)
                            .filter(Objects::nonNull).distinct().toList());
        }
        return payload.build();
    }

    static Map<String, Object> created(PurposeAgreement after) {
        return AgreementEvents.PURPOSE_CREATED.payload().with(AgreementEvents.PURPOSE, after.purpose())
                .with(AgreementEvents.KIND, after.kind()).with(AgreementEvents.PARTNERS, after.partners()).build();
    }

    static Map<String, Object> reached(PurposeAgreement before, PurposeAgreement after, LocalDate on) {
        return AgreementEvents.reached(after.status()).payload().with(PREVIOUS, before.status())
                .with(DATE_REACHED, on).build();
    }

    static Map<String, Object> recorded(Consultation after) {
        return AgreementEvents.CONSULTATION_RECORDED.payload().with(AgreementEvents.CONSULTATION_DATE, after.date())
                .with(AgreementEvents.TOPICS, after.topics()).build();
    }
}
