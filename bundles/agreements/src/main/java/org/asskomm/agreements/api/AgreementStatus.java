package org.asskomm.agreements.api;

import java.util.EnumSet;
import java.util.Set;

/**
 * The ASSKomm path of a cooperation agreement: first contact, an optional pre-agreement (which grants
 * LPR-funded coaching), signing, active cooperation, and its end.
 */
public enum AgreementStatus {
    FIRST_CONTACT, PRE_AGREEMENT, SIGNED, ACTIVE, INACTIVE, ENDED;

    public Set<AgreementStatus> next() {
        return switch (this) {
            case FIRST_CONTACT -> EnumSet.of(PRE_AGREEMENT, SIGNED, ENDED);
            case PRE_AGREEMENT -> EnumSet.of(SIGNED, ENDED);
            case SIGNED -> EnumSet.of(ACTIVE, ENDED);
            case ACTIVE -> EnumSet.of(INACTIVE, ENDED);
            case INACTIVE -> EnumSet.of(ACTIVE, ENDED);
            case ENDED -> EnumSet.noneOf(AgreementStatus.class);
        };
    }

    /** From signing on, parties and signatories are fixed; changes are amendments. */
    public boolean isSigned() {
        return this == SIGNED || this == ACTIVE || this == INACTIVE || this == ENDED;
    }
}
