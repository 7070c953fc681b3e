package org.asskomm.agreements.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.asskomm.agreements.api.Agreement;
import org.asskomm.agreements.api.AgreementDraft;
import org.asskomm.agreements.api.AgreementEvents;
import org.asskomm.agreements.api.AgreementStatus;
import org.asskomm.agreements.api.Party;
import org.asskomm.agreements.api.PartyType;
import org.asskomm.agreements.api.Signatory;
import org.asskomm.agreements.api.Transition;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Test;

/** An agreement with the partners beyond municipality, police and LPR, stored (V2 widens the type) and announced. */
public class PartyTypesTest {

    @Test
    public void schoolsOfficeYouthWelfareCivicEducationAndAnAssociationSignToo() {
        TestPlatform platform = new TestPlatform().enable(AgreementsModule.ID, "14522150");
        platform.events.checkAgainst(AgreementEvents.CATALOGUE);
        AgreementRegistry registry = new AgreementRegistry(platform.database,
                platform.schema(AgreementsModule.ID, AgreementRegistry.class), platform.municipalities, platform.writes,
                Clock.fixed(LocalDate.of(2024, 5, 2).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant(),
                        ZoneId.of("Europe/Berlin")));
        AgreementDraft base = AgreementsDemo.frankenbergAgreement();
        List<Party> parties = new ArrayList<>(base.parties());
        parties.add(new Party("Landesamt für Schule und Bildung, Standort Chemnitz", PartyType.SCHOOLS_OFFICE, null,
                List.of(new Signatory("N. N.", "Leiterin des Standorts"))));
        parties.add(new Party("Jugendamt Landkreis Mittelsachsen", PartyType.YOUTH_WELFARE_OFFICE, null,
                List.of(new Signatory("N. N.", "Amtsleiter"), new Signatory("N. N.", "Sachgebietsleiterin"))));
        parties.add(new Party("Sächsische Landeszentrale für politische Bildung", PartyType.CIVIC_EDUCATION_CENTRE, null,
                List.of(new Signatory("N. N.", "Direktor"))));
        parties.add(new Party("SV Frankenberg e. V.", PartyType.ASSOCIATION, null,
                List.of(new Signatory("N. N.", "Vorsitzender"))));
        Agreement a = registry.create(TestPlatform.municipalUser("14522150"), new AgreementDraft(base.municipality(),
                base.subject(), base.goals(), base.measures(), parties, null, null, null));
        assertEquals(List.of(PartyType.MUNICIPALITY, PartyType.POLICE, PartyType.LPR, PartyType.SCHOOLS_OFFICE,
                PartyType.YOUTH_WELFARE_OFFICE, PartyType.CIVIC_EDUCATION_CENTRE, PartyType.ASSOCIATION),
                registry.get(TestPlatform.lprAdmin(), a.id()).parties().stream().map(Party::type).toList());
        assertEquals(2, registry.get(TestPlatform.lprAdmin(), a.id()).parties().get(4).signatories().size());
        registry.transition(TestPlatform.lprAdmin(), a.id(), new Transition(AgreementStatus.SIGNED,
                LocalDate.of(2024, 4, 30), "Frankenberg/Sa.", a.version()));
        assertArrayEquals(parties.stream().map(Party::organisation).toArray(), (Object[]) platform.events
                .topic("org/asskomm/agreements/Agreement/SIGNED").get(0).getProperty("parties"));
    }
}
