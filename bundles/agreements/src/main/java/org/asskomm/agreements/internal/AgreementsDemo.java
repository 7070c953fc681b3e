package org.asskomm.agreements.internal;

import java.time.LocalDate;
import java.util.List;

import org.asskomm.agreements.api.Agreement;
import org.asskomm.agreements.api.AgreementDraft;
import org.asskomm.agreements.api.AgreementQuery;
import org.asskomm.agreements.api.AgreementService;
import org.asskomm.agreements.api.AgreementStatus;
import org.asskomm.agreements.api.ConsultationDraft;
import org.asskomm.agreements.api.ConsultationService;
import org.asskomm.agreements.api.Party;
import org.asskomm.agreements.api.PartyType;
import org.asskomm.agreements.api.PurposeAgreement;
import org.asskomm.agreements.api.PurposeAgreementDraft;
import org.asskomm.agreements.api.PurposeAgreementService;
import org.asskomm.agreements.api.PurposeKind;
import org.asskomm.agreements.api.PurposeStatus;
import org.asskomm.agreements.api.PurposeTransition;
import org.asskomm.agreements.api.Signatory;
import org.asskomm.agreements.api.Transition;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.DemoData;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The seed scenario: Frankenberg/Sa.'s cooperation agreement of 9 December 2020, its purpose agreements in
 * negotiation, and Flöha's inter-municipal enforcement service under a mandating purpose agreement.
 */
@Component(service = DemoData.class)
public class AgreementsDemo implements DemoData {

    static final String FRANKENBERG = "14522150";
    static final String FLOEHA = "14522140";
    static final List<String> FRANKENBERG_PARTNERS = List.of("14522230", "14522330", "14522540");
    static final List<String> FLOEHA_PARTNERS = List.of("14522020", "14522110", "14522320", "14522420", "14522440");

    private final AgreementService agreements;
    private final PurposeAgreementService purposes;
    private final ConsultationService consultations;
    private final ModuleEnablement enablement;

    @Activate
    public AgreementsDemo(@Reference AgreementService agreements, @Reference PurposeAgreementService purposes,
                          @Reference ConsultationService consultations, @Reference ModuleEnablement enablement) {
        this.agreements = agreements;
        this.purposes = purposes;
        this.consultations = consultations;
        this.enablement = enablement;
    }

    @Override
    public String moduleId() {
        return AgreementsModule.ID;
    }

    @Override
    public String load(CurrentUser user) {
        enablement.enable(user, AgreementsModule.ID, FRANKENBERG);
        enablement.enable(user, AgreementsModule.ID, FLOEHA);
        if (agreements.list(user, new AgreementQuery(FRANKENBERG, null, null, null, null), new PageRequest(0, 1)).total() > 0) {
            return "already loaded";
        }
        consultations.record(user, new ConsultationDraft(FRANKENBERG, LocalDate.of(2020, 6, 15),
                List.of("ASSKomm-Kooperationsvereinbarung", "Kommunaler Präventionsrat"), List.of("LPR", "Stadt Frankenberg/Sa."),
                "Vereinbarungstext vorbereitet", List.of("Kooperationsvereinbarung unterzeichnen")));
        Agreement a = agreements.create(user, frankenbergAgreement());
        agreements.transition(user, a.id(), new Transition(AgreementStatus.SIGNED, LocalDate.of(2020, 12, 9),
                "Frankenberg/Sa.", a.version()));
        PurposeAgreement floeha = purposes.create(user, new PurposeAgreementDraft(FLOEHA, FLOEHA_PARTNERS,
                "Interkommunaler Gemeindlicher Vollzugsdienst",
                List.of("Gemeindlicher Vollzugsdienst: Ortssatzungen und Polizeiverordnungen, Parks und Spielplätze, ruhender Verkehr"),
                PurposeKind.MANDATING, LocalDate.of(2020, 9, 1), 6,
                "Die Partner teilen Leasing- und Betriebskosten des Dienstfahrzeugs nach Einwohnerzahl", null));
        int version = floeha.version();
        for (PurposeStatus s : List.of(PurposeStatus.CONCLUDED, PurposeStatus.APPROVED, PurposeStatus.IN_FORCE)) {
            version = purposes.transition(user, floeha.id(), new PurposeTransition(s, LocalDate.of(2020, 9, 1), version)).version();
        }
        purposes.create(user, new PurposeAgreementDraft(FRANKENBERG, FRANKENBERG_PARTNERS,
                "Gemeinsamer Gemeindlicher Vollzugsdienst", List.of(), PurposeKind.MANDATING, null, null, null, null));
        return "Frankenberg/Sa. agreement signed 2020-12-09, Flöha's enforcement compound in force since 2020-09-01";
    }

    static AgreementDraft frankenbergAgreement() {
        return new AgreementDraft(FRANKENBERG, "Kooperationsvereinbarung Allianz Sichere Sächsische Kommunen",
                List.of("Kommunale Präventionsstrukturen ausbauen",
                        "Das subjektive Sicherheitsgefühl der Bevölkerung stärken"),
                List.of("Eine Koordinierungsstelle einrichten", "Einen kommunalen Präventionsrat gründen"),
                List.of(new Party("Stadt Frankenberg/Sa.", PartyType.MUNICIPALITY, FRANKENBERG,
                                List.of(new Signatory("Bürgermeister der Stadt Frankenberg/Sa.", "Bürgermeister"))),
                        new Party("Polizeidirektion Chemnitz", PartyType.POLICE, null,
                                List.of(new Signatory("Leiter des Polizeireviers Mittweida", "Revierleiter"))),
                        new Party("Landespräventionsrat Sachsen", PartyType.LPR, null,
                                List.of(new Signatory("Geschäftsführer des LPR", "Geschäftsführer")))),
                null, null, null, LocalDate.of(2020, 6, 15));
    }
}
