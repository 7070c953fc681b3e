package org.asskomm.agreements.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.asskomm.agreements.api.AgreementDraft;
import org.asskomm.agreements.api.AgreementStatus;
import org.asskomm.agreements.api.Party;
import org.asskomm.agreements.api.PartyType;
import org.asskomm.agreements.api.Signatory;
import org.asskomm.agreements.api.Transition;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.error.ValidationException;
import org.junit.Test;

public class AgreementRulesTest {

    private static final Set<String> KNOWN = Set.of("14522150", "14522140");
    private static final LocalDate TODAY = LocalDate.of(2020, 12, 10);

    private static AgreementDraft draft(List<Party> parties) {
        return new AgreementDraft("14522150", "Kooperationsvereinbarung", List.of("goal"), List.of(), parties,
                null, null, null);
    }

    private static List<String> fields(Runnable r) {
        ValidationException e = assertThrows(ValidationException.class, r::run);
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    public void theSeedAgreementIsValid() {
        AgreementRules.validate(AgreementsDemo.frankenbergAgreement(), KNOWN::contains);
    }

    @Test
    public void aMunicipalityAndTheLprAloneAreEnough() {
        AgreementRules.validate(new AgreementDraft("14522140", "Flöha", List.of(), List.of(), List.of(
                new Party("Stadt Flöha", PartyType.MUNICIPALITY, "14522140", List.of()),
                new Party("LPR", PartyType.LPR, null, List.of())), null, null, null), KNOWN::contains);
    }

    @Test
    public void aPartyWithoutOrganisationIsNamed() {
        List<Party> parties = List.of(new Party("Stadt Frankenberg/Sa.", PartyType.MUNICIPALITY, "14522150", List.of()),
                new Party(" ", PartyType.LPR, null, List.of()));
        assertEquals(List.of("parties[1].organisation"), fields(() -> AgreementRules.validate(draft(parties), KNOWN::contains)));
    }

    @Test
    public void duplicatePartiesAndUnknownMunicipalitiesAreRefused() {
        List<Party> parties = List.of(new Party("Stadt Frankenberg/Sa.", PartyType.MUNICIPALITY, "14522150", List.of()),
                new Party("stadt frankenberg/sa. ", PartyType.MUNICIPALITY, "14522150", List.of()),
                new Party("Somewhere", PartyType.MUNICIPALITY, "09162000", List.of()));
        List<String> f = fields(() -> AgreementRules.validate(draft(parties), KNOWN::contains));
        assertTrue(f.toString(), f.contains("parties[1]"));
        assertTrue(f.toString(), f.contains("parties[2].municipality"));
    }

    @Test
    public void theMunicipalityMustBeAPartyAndValidityOrdered() {
        AgreementDraft d = new AgreementDraft("14522150", "x", null, null, List.of(
                new Party("LPR", PartyType.LPR, null, List.of()), new Party("PD Chemnitz", PartyType.POLICE, null, List.of())),
                LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1), null);
        List<String> f = fields(() -> AgreementRules.validate(d, KNOWN::contains));
        assertTrue(f.contains("parties"));
        assertTrue(f.contains("validUntil"));
    }

    @Test
    public void everyPathThroughTheLifecycleFollowsTheRules() {
        assertEquals(Set.of(AgreementStatus.PRE_AGREEMENT, AgreementStatus.SIGNED, AgreementStatus.ENDED),
                AgreementStatus.FIRST_CONTACT.next());
        assertTrue(AgreementStatus.ENDED.next().isEmpty());
        for (AgreementStatus from : AgreementStatus.values()) {
            for (AgreementStatus to : AgreementStatus.values()) {
                assertFalse(from + " -> itself", from == to && from.next().contains(to));
                if (!from.next().contains(to)) {
                    assertThrows(ConflictException.class, () -> AgreementRules.checkTransition(from,
                            new Transition(to, TODAY, "x", 1), signedParties(), TODAY));
                }
            }
        }
        assertFalse(AgreementStatus.PRE_AGREEMENT.isSigned());
        assertTrue(AgreementStatus.INACTIVE.isSigned());
    }

    @Test
    public void signingNeedsPastDatePlaceAndSignatories() {
        List<String> future = fields(() -> AgreementRules.checkTransition(AgreementStatus.FIRST_CONTACT,
                new Transition(AgreementStatus.SIGNED, TODAY.plusDays(1), "Frankenberg", 1), signedParties(), TODAY));
        assertEquals(List.of("date"), future);
        List<Party> unsigned = new ArrayList<>(signedParties());
        unsigned.set(1, new Party("PD Chemnitz", PartyType.POLICE, null, List.of()));
        List<String> missing = fields(() -> AgreementRules.checkTransition(AgreementStatus.FIRST_CONTACT,
                new Transition(AgreementStatus.SIGNED, TODAY, " ", 1), unsigned, TODAY));
        assertTrue(missing.contains("place"));
        assertTrue(missing.contains("parties[1].signatories"));
        AgreementRules.checkTransition(AgreementStatus.PRE_AGREEMENT,
                new Transition(AgreementStatus.SIGNED, TODAY, "Frankenberg/Sa.", 1), signedParties(), TODAY);
    }

    private static List<Party> signedParties() {
        return AgreementsDemo.frankenbergAgreement().parties().stream()
                .map(p -> new Party(p.organisation(), p.type(), p.municipality(), List.of(new Signatory("A", "B"))))
                .toList();
    }
}
