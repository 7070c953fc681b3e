package org.asskomm.funding.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationRequest;
import org.asskomm.funding.api.ApplicationService;
import org.asskomm.funding.api.CostItem;
import org.asskomm.funding.api.DecisionOutcome;
import org.asskomm.funding.api.DecisionRequest;
import org.asskomm.funding.api.MoneyRequest;
import org.asskomm.funding.api.PaymentService;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeRequest;
import org.asskomm.funding.api.ProgrammeService;
import org.asskomm.funding.api.ProjectDescription;
import org.asskomm.funding.api.VersionRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.DemoData;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo funding year 2026: the programme of 1.3 million EUR, Frankenberg/Sa. approved with an advance
 * tranche paid, Floeha's application under review. The applications are replayed on the dates they would
 * have happened (inside the 2025 application window), so the window rule stays strict. A second programme, for
 * next year, has its application window open on the day the demo is loaded.
 */
@Component(service = DemoData.class)
public class FundingDemo implements DemoData {

    static final int YEAR = 2026;
    static final String FRANKENBERG = "14522150";
    static final String FLOEHA = "14522140";
    static final String OPEN_TITLE = "Förderprogramm Kommunale Prävention – laufender Aufruf ";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final ProgrammeService programmes;
    private final ApplicationService submitting;
    private final ApplicationService deciding;
    private final PaymentService paying;
    private final ModuleEnablement enablement;

    /** The registries on the days the demo year's steps happen: the window rule and the ledger's dates stay real. */
    @Activate
    public FundingDemo(@Reference ProgrammeService programmes, @Reference Database database,
                       @Reference ModuleEnablement enablement, @Reference MunicipalityDirectory municipalities,
                       @Reference Writes writes) {
        this.programmes = programmes;
        this.enablement = enablement;
        this.submitting = new ApplicationRegistry(database, municipalities, writes, on(LocalDate.of(YEAR - 1, 10, 1)));
        Clock december = on(LocalDate.of(YEAR - 1, 12, 10));
        this.deciding = new ApplicationRegistry(database, municipalities, writes, december);
        this.paying = new PaymentRegistry(database, writes, december);
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(BERLIN).toInstant(), BERLIN);
    }

    @Override
    public String moduleId() {
        return FundingModule.ID;
    }

    @Override
    public String load(CurrentUser user) {
        String open = openProgramme(user);
        if (programmes.programmes(user, YEAR, new PageRequest(0, 1)).total() > 0) {
            return "programme " + YEAR + " exists already; " + open;
        }
        enablement.enable(user, FundingModule.ID, FRANKENBERG);
        enablement.enable(user, FundingModule.ID, FLOEHA);
        Programme programme = programmes.createProgramme(user, new ProgrammeRequest(YEAR, null,
                new BigDecimal("1300000.00"), null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null));

        Application frankenberg = submitted(user, programme, FRANKENBERG, "Stadt Frankenberg/Sa.",
                "Sicherheitspartnerschaft Innenstadt", "Sicherheit im öffentlichen Raum", "Frankenberg/Sa., Markt",
                LocalDate.of(2025, 6, 12), "LPR-B-2025-031", List.of(
                        new CostItem("PERSONNEL", "Koordinatorin Präventionsrat (halbe Stelle)", new BigDecimal("27600.00"),
                                "E11", new BigDecimal("0.50"), "Diplom Sozialpädagogik, Präventionsmanagement (M.A.)"),
                        new CostItem("EVENTS", "Sicherheitsforum und Stadtteilbegehungen", new BigDecimal("6400.00"),
                                null, null, null),
                        new CostItem("PUBLIC_RELATIONS", "Flyer, Plakate, Website", new BigDecimal("2000.00"), null,
                                null, null)),
                new BigDecimal("32400.00"), new BigDecimal("3600.00"));
        frankenberg = deciding.startReview(user, frankenberg.id(), new VersionRequest(frankenberg.version()));
        frankenberg = deciding.decide(user, frankenberg.id(), new DecisionRequest(DecisionOutcome.APPROVED,
                new BigDecimal("32400.00"), "Evaluationsbericht mit dem Verwendungsnachweis", "Erfüllt alle Fördervoraussetzungen",
                null, null, frankenberg.version()));
        paying.payout(user, frankenberg.id(), new MoneyRequest(new BigDecimal("16200.00"),
                LocalDate.of(YEAR, 1, 15), "erste Abschlagszahlung"));

        Application floeha = submitted(user, programme, FLOEHA, "Stadt Flöha",
                "Präventionswoche Schulen und Vereine", "Gewaltprävention", "Flöha, Oberschule und Sporthalle",
                LocalDate.of(2025, 7, 3), "LPR-B-2025-044", List.of(
                        new CostItem("FEES", "Trainerhonorare Anti-Gewalt-Training", new BigDecimal("9800.00"), null,
                                null, null),
                        new CostItem("MATERIAL", "Materialien und Raummiete", new BigDecimal("3200.00"), null, null,
                                null)),
                new BigDecimal("11700.00"), new BigDecimal("1300.00"));
        deciding.startReview(user, floeha.id(), new VersionRequest(floeha.version()));
        return "programme " + YEAR + " (1,300,000.00 EUR): Frankenberg/Sa. approved 32,400.00 with 16,200.00 paid, "
                + "Flöha under review; " + open;
    }

    /**
     * A programme for next year whose application window is open on the day the demo is loaded (from 30 days ago to
     * 60 days ahead), so that a municipality can apply right away; added once per year.
     */
    private String openProgramme(CurrentUser user) {
        LocalDate today = LocalDate.now(BERLIN);
        int year = today.getYear() + 1;
        String title = OPEN_TITLE + year;
        boolean exists = programmes.programmes(user, year, new PageRequest(0, 100)).items().stream()
                .anyMatch(p -> p.title().equals(title));
        if (exists) {
            return "open programme " + year + " exists already";
        }
        programmes.createProgramme(user, new ProgrammeRequest(year, title, new BigDecimal("800000.00"), null, null,
                null, null, null, today.minusDays(30), today.plusDays(60), null, null, null, null, null, null, null, null, null));
        return "open programme " + year + " (window " + today.minusDays(30) + " to " + today.plusDays(60) + ")";
    }

    private Application submitted(CurrentUser user, Programme programme, String ags, String applicant, String title,
                                  String actionField, String location, LocalDate consulted, String reference,
                                  List<CostItem> plan, BigDecimal requested, BigDecimal own) {
        ProjectDescription description = new ProjectDescription(
                "Beschwerden über Vandalismus und Unsicherheitsgefühl an zentralen Orten.",
                "Fehlende Ansprechpartner und wenig Vernetzung der Akteure.",
                "Mehr Sicherheitsgefühl; Zielgruppen: Jugendliche, Gewerbetreibende, Senioren.",
                "Runde Tische, Begehungen, Aktionstage.",
                "Koordination durch die Stadtverwaltung mit Polizeirevier und Vereinen.",
                "Befragung vorher/nachher, Auswertung der Einsatzzahlen.",
                "Bericht an Stadtrat und LPR; Verstetigung im Präventionsrat.");
        Application draft = submitting.create(user, new ApplicationRequest(programme.id(), ags, applicant, title,
                actionField, location, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31), null, description,
                consulted, reference, plan, requested, own, BigDecimal.ZERO, false, null, null));
        return submitting.submit(user, draft.id(), new VersionRequest(draft.version()));
    }
}
