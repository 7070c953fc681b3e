package org.asskomm.training.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.DemoData;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.training.api.CatalogueService;
import org.asskomm.training.api.Cohort;
import org.asskomm.training.api.CohortRequest;
import org.asskomm.training.api.Course;
import org.asskomm.training.api.CourseFormat;
import org.asskomm.training.api.CourseRequest;
import org.asskomm.training.api.Degree;
import org.asskomm.training.api.EnrolmentRequest;
import org.asskomm.training.api.EnrolmentService;
import org.asskomm.training.api.Person;
import org.asskomm.training.api.PersonRequest;
import org.asskomm.training.api.PersonService;
import org.asskomm.training.api.Programme;
import org.asskomm.training.api.ProgrammeModuleRequest;
import org.asskomm.training.api.ProgrammeRequest;
import org.asskomm.training.api.Qualification;
import org.asskomm.training.api.Sector;
import org.asskomm.training.api.SessionRequest;
import org.asskomm.training.api.TargetGroup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo catalogue: the B.A. and M.A. Praeventionsmanagement at TU Chemnitz (first intakes 2019), the
 * Beccaria qualification "Fachkraft fuer Kriminalpraevention" with a full cohort and a waitlist, and a
 * one-day course. Everything goes through the services, so the demo obeys the same rules as users do.
 */
@Component(service = DemoData.class)
public class TrainingDemo implements DemoData {

    static final String BACHELOR = "Präventionsmanagement – Kompetenzen für soziale Interventionen (B.A.)";
    static final String MASTER = "Präventionsmanagement (M.A.)";
    static final String BECCARIA = "Fachkraft für Kriminalprävention (Beccaria-Qualifizierung)";
    static final String COURSE = "Kommunale Kriminalprävention – Einführung für Koordinierungsstellen";
    static final String FRANKENBERG = "14522150";
    static final String FLOEHA = "14522140";
    private static final String TU_CHEMNITZ = "Technische Universität Chemnitz";
    private static final String[] FIRST = {"Anja", "Bernd", "Carla", "Dirk", "Elke", "Frank", "Gabi", "Heiko", "Ines",
        "Jörg", "Katrin", "Lars", "Maria", "Nico", "Olaf", "Petra", "Ralf", "Sandra", "Thomas", "Ute", "Volker",
        "Wiebke", "Yvonne", "Zora", "Maik", "Silke", "Tino"};
    private static final String[] LAST = {"Albrecht", "Bauer", "Claus", "Dietrich", "Ebert", "Fischer", "Günther",
        "Hoffmann", "Illing", "Jahn", "Krause", "Lange", "Müller", "Neumann", "Otto", "Pohl", "Richter", "Schulze",
        "Thiele", "Uhlig", "Vogel", "Weber", "Zimmermann", "Kühn", "Seidel", "Lehmann", "Winkler"};
    private static final Sector[] SECTORS = {Sector.ADMINISTRATION, Sector.POLICE, Sector.YOUTH_WORK,
        Sector.EDUCATION, Sector.ASSOCIATIONS, Sector.VOLUNTEER};

    private final CatalogueService catalogue;
    private final PersonService people;
    private final EnrolmentService enrolments;
    private final ModuleEnablement enablement;

    @Activate
    public TrainingDemo(@Reference CatalogueService catalogue, @Reference PersonService people,
                        @Reference EnrolmentService enrolments, @Reference ModuleEnablement enablement) {
        this.catalogue = catalogue;
        this.people = people;
        this.enrolments = enrolments;
        this.enablement = enablement;
    }

    @Override
    public String moduleId() {
        return TrainingModule.ID;
    }

    @Override
    public String load(CurrentUser user) {
        if (programme(user, BECCARIA).isPresent()) {
            return "training demo already loaded";
        }
        enablement.enable(user, moduleId(), FRANKENBERG);
        enablement.enable(user, moduleId(), FLOEHA);
        Programme bachelor = catalogue.createProgramme(user, new ProgrammeRequest(BACHELOR, Degree.BACHELOR, TU_CHEMNITZ,
                "Berufsbegleitendes Fernstudium für Beschäftigte in Kommunen, Polizei und sozialer Arbeit;"
                        + " bundesweit einmalig.", true, true, Set.of(Qualification.UNIVERSITY_ENTRANCE),
                List.of(module("Grundlagen der Kriminologie", 150), module("Kriminalprävention", 150),
                        module("Soziale Interventionen", 150), module("Recht der Prävention", 150),
                        module("Projektmanagement", 150), module("Evaluation und Forschungsmethoden", 150),
                        module("Bachelorarbeit", 360))));
        catalogue.createCohort(user, bachelor.id(), new CohortRequest("Sommersemester 2019", LocalDate.of(2019, 4, 1), 8,
                30, "Chemnitz (Fernstudium)", new BigDecimal("0.00"), null, null));
        Programme master = catalogue.createProgramme(user, new ProgrammeRequest(MASTER, Degree.MASTER, TU_CHEMNITZ,
                "Berufsbegleitender Master; setzt einen ersten Hochschulabschluss voraus.", true, true,
                Set.of(Qualification.FIRST_DEGREE),
                List.of(module("Theorien der Kriminalität und Prävention", 180),
                        module("Präventionspolitik und Governance", 180), module("Wirkungsforschung", 180),
                        module("Masterarbeit", 600))));
        catalogue.createCohort(user, master.id(), new CohortRequest("Wintersemester 2019/20", LocalDate.of(2019, 10, 1),
                4, 25, "Chemnitz (Fernstudium)", new BigDecimal("0.00"), null, null));

        Programme beccaria = catalogue.createProgramme(user, new ProgrammeRequest(BECCARIA, Degree.QUALIFICATION,
                "Landespräventionsrat Sachsen", "4 Module an 8 Wochenenden innerhalb eines Jahres,"
                        + " höchstens 25 Teilnehmende je Durchgang.", true, false, Set.of(),
                List.of(module("Kriminologie", 32), module("Kriminalprävention", 32), module("Projektmanagement", 32),
                        module("Projektbegleitung", 32))));
        Cohort cohort = catalogue.createCohort(user, beccaria.id(), beccariaCohort());
        Course course = catalogue.createCourse(user, new CourseRequest(COURSE,
                "Aufgaben einer Koordinierungsstelle, Sicherheitsanalyse, erste Sitzung des Präventionsrates.",
                Set.of(TargetGroup.MUNICIPAL_STAFF, TargetGroup.COUNCIL_MEMBERS), CourseFormat.BLENDED, "Dresden", 20,
                BigDecimal.ZERO, 8, List.of(new SessionRequest("Einführungstag",
                        LocalDate.now().plusWeeks(3), null, "Dresden")), null));

        int waitlisted = 0;
        for (int i = 0; i < 27; i++) {
            String ags = i % 3 == 2 ? FLOEHA : FRANKENBERG;
            Person p = people.createPerson(user, new PersonRequest(ags, FIRST[i], LAST[i], null,
                    ags.equals(FLOEHA) ? "Stadt Flöha" : "Stadt Frankenberg/Sa.", SECTORS[i % SECTORS.length],
                    Set.of(Qualification.VOCATIONAL_TRAINING), null));
            var e = enrolments.apply(user, new EnrolmentRequest(p.id(), null, cohort.id(), null));
            waitlisted += e.waitlistPosition() == null ? 0 : 1;
            if (i < 3) {
                enrolments.apply(user, new EnrolmentRequest(p.id(), course.id(), null, null));
            }
        }
        return "2 study programmes, the Beccaria qualification with a cohort of 25 and " + waitlisted
                + " on the waitlist, 1 course";
    }

    /** Eight weekends, six weeks apart, starting on a Saturday two months from now. */
    private static CohortRequest beccariaCohort() {
        LocalDate first = LocalDate.now().plusMonths(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        List<SessionRequest> weekends = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LocalDate saturday = first.plusWeeks(6L * i);
            weekends.add(new SessionRequest("Wochenende " + (i + 1), saturday, saturday.plusDays(1), "Meißen"));
        }
        return new CohortRequest("Durchgang " + first.getYear(), first, 2, 25, "Meißen", BigDecimal.ZERO, weekends,
                null);
    }

    private static ProgrammeModuleRequest module(String title, int hours) {
        return new ProgrammeModuleRequest(title, hours);
    }

    private Optional<Programme> programme(CurrentUser user, String title) {
        return catalogue.programmes(user, null, PageRequest.of(0, PageRequest.MAX_LIMIT)).items().stream()
                .filter(p -> p.title().equals(title)).findFirst();
    }
}
