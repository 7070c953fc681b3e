package org.asskomm.agreements.api;

import static org.asskomm.platform.api.event.EventProperty.optional;
import static org.asskomm.platform.api.event.EventProperty.required;
import static org.asskomm.platform.api.event.PropertyType.DATE;
import static org.asskomm.platform.api.event.PropertyType.TEXT;
import static org.asskomm.platform.api.event.PropertyType.TEXT_LIST;

import org.asskomm.platform.api.event.EventCatalogue;
import org.asskomm.platform.api.event.EventProperty;
import org.asskomm.platform.api.event.EventType;

/**
 * The events of the agreements module, posted after the change committed. Subscribe by topic
 * ({@code org/asskomm/agreements/Agreement/SIGNED}); a reaction takes its dates from the payload, never from the
 * clock. docs/events.md is generated from {@link #CATALOGUE}.
 */
public final class AgreementEvents {

    public static final String MODULE = "agreements";

    public static final EventProperty SUBJECT = required("subject", TEXT, "the agreement's subject");
    public static final EventProperty PREVIOUS = required("previous", TEXT, "the status before the change");
    public static final EventProperty DATE_REACHED = required("date", DATE,
            "the day the status was reached (for SIGNED: the signing day, as recorded, not the day of the request)");
    public static final EventProperty PLACE = optional("place", TEXT, "where the agreement was signed");
    public static final EventProperty PARTIES = required("parties", TEXT_LIST, "the parties' organisations");
    public static final EventProperty PARTY_MUNICIPALITIES = required("partyMunicipalities", TEXT_LIST,
            "the official keys of the municipalities among the parties");
    public static final EventProperty PURPOSE = required("purpose", TEXT, "the purpose agreement's purpose");
    public static final EventProperty KIND = required("kind", TEXT, "MANDATING or DELEGATING");
    public static final EventProperty PARTNERS = required("partners", TEXT_LIST,
            "the official keys of the partner municipalities (the lead is `municipality`)");
    public static final EventProperty CONSULTATION_DATE = required("date", DATE, "the day of the consultation");
    public static final EventProperty TOPICS = required("topics", TEXT_LIST, "the topics discussed");

    public static final EventType AGREEMENT_CREATED = EventType.of(MODULE, "Agreement", "CREATED", 1,
            "A cooperation agreement was opened (status FIRST_CONTACT).", SUBJECT);
    public static final EventType AGREEMENT_PRE_AGREEMENT = status("PRE_AGREEMENT",
            "A pre-agreement was concluded; it grants LPR-funded coaching.");
    public static final EventType AGREEMENT_SIGNED = EventType.of(MODULE, "Agreement", "SIGNED", 1,
            "The cooperation agreement was signed. The councils module plans the municipality's coordination office "
                    + "and council on the signing day (`date`).", PREVIOUS, DATE_REACHED, PLACE, PARTIES,
            PARTY_MUNICIPALITIES);
    public static final EventType AGREEMENT_ACTIVE = status("ACTIVE", "The cooperation started working.");
    public static final EventType AGREEMENT_INACTIVE = status("INACTIVE", "The cooperation is dormant.");
    public static final EventType AGREEMENT_ENDED = status("ENDED", "The cooperation ended.");

    public static final EventType PURPOSE_CREATED = EventType.of(MODULE, "PurposeAgreement", "CREATED", 1,
            "A purpose agreement is being negotiated; `municipality` is the lead.", PURPOSE, KIND, PARTNERS);
    public static final EventType PURPOSE_CONCLUDED = purpose("CONCLUDED", "The councils concluded it.");
    public static final EventType PURPOSE_APPROVED = purpose("APPROVED", "The supervisory authority approved it.");
    public static final EventType PURPOSE_IN_FORCE = purpose("IN_FORCE", "It was published and is in force.");
    public static final EventType PURPOSE_CANCELLED = purpose("CANCELLED", "It was cancelled (`date`: effective).");

    public static final EventType CONSULTATION_RECORDED = EventType.of(MODULE, "Consultation", "RECORDED", 1,
            "The LPR recorded a consultation with the municipality; the funding module keeps it for applications.",
            CONSULTATION_DATE, TOPICS);

    public static final EventCatalogue CATALOGUE = EventCatalogue.of(MODULE, AGREEMENT_CREATED,
            AGREEMENT_PRE_AGREEMENT, AGREEMENT_SIGNED, AGREEMENT_ACTIVE, AGREEMENT_INACTIVE, AGREEMENT_ENDED,
            PURPOSE_CREATED, PURPOSE_CONCLUDED, PURPOSE_APPROVED, PURPOSE_IN_FORCE, PURPOSE_CANCELLED,
            CONSULTATION_RECORDED);

    private AgreementEvents() {
    }

    /** The event of a cooperation agreement reaching {@code status}. */
    public static EventType reached(AgreementStatus status) {
        return switch (status) {
            case PRE_AGREEMENT -> AGREEMENT_PRE_AGREEMENT;
            case SIGNED -> AGREEMENT_SIGNED;
            case ACTIVE -> AGREEMENT_ACTIVE;
            case INACTIVE -> AGREEMENT_INACTIVE;
            case ENDED -> AGREEMENT_ENDED;
            case FIRST_CONTACT -> throw new IllegalArgumentException("an agreement starts at FIRST_CONTACT: CREATED");
        };
    }

    /** The event of a purpose agreement reaching {@code status}. */
    public static EventType reached(PurposeStatus status) {
        return switch (status) {
            case CONCLUDED -> PURPOSE_CONCLUDED;
            case APPROVED -> PURPOSE_APPROVED;
            case IN_FORCE -> PURPOSE_IN_FORCE;
            case CANCELLED -> PURPOSE_CANCELLED;
            case NEGOTIATING -> throw new IllegalArgumentException("a purpose agreement starts NEGOTIATING: CREATED");
        };
    }

    private static EventType status(String status, String description) {
        return EventType.of(MODULE, "Agreement", status, 1, description, PREVIOUS, DATE_REACHED);
    }

    private static EventType purpose(String status, String description) {
        return EventType.of(MODULE, "PurposeAgreement", status, 1, description, PREVIOUS, DATE_REACHED);
    }
}
