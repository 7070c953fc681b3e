package org.asskomm.training.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.testing.TestPlatform;
import org.asskomm.training.api.CohortRequest;
import org.asskomm.training.api.CourseFormat;
import org.asskomm.training.api.CourseRequest;
import org.asskomm.training.api.Degree;
import org.asskomm.training.api.PersonRequest;
import org.asskomm.training.api.ProgrammeModuleRequest;
import org.asskomm.training.api.ProgrammeRequest;
import org.asskomm.training.api.Qualification;
import org.asskomm.training.api.Sector;
import org.asskomm.training.api.SessionRequest;
import org.asskomm.training.api.TargetGroup;

/** The module's services on the real core (in-memory H2) with the module enabled for Frankenberg and Floeha. */
final class Fixtures {

    static final String FRANKENBERG = "14522150";
    static final String FLOEHA = "14522140";
    static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    static {
        CoreScripts.ensureReadable();
    }

    final TestPlatform platform = new TestPlatform().enable("training", FRANKENBERG, FLOEHA);
    final ModuleSchema schema = platform.schema("training", CatalogueRegistry.class);

    {
        platform.events.checkAgainst(org.asskomm.training.api.TrainingEvents.CATALOGUE);
    }

    final CatalogueRegistry catalogue = new CatalogueRegistry(platform.database, schema, platform.writes);
    final PersonRegistry people = new PersonRegistry(platform.database, schema, platform.audit,
            platform.municipalities, platform.writes);
    final EnrolmentRegistry enrolments = new EnrolmentRegistry(platform.database, schema, platform.writes);
    final ProgressRegistry progress = new ProgressRegistry(schema, platform.writes);
    final CertificateRegistry certificates = new CertificateRegistry(platform.database, schema, enrolments,
            platform.writes);
    final TrainingStatistics statistics = new TrainingStatistics(platform.database, schema, platform.municipalities);

    static CourseRequest course(String title, int capacity, LocalDate... days) {
        List<SessionRequest> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            sessions.add(new SessionRequest("Day " + (i + 1), days[i], days[i], "Chemnitz"));
        }
        return new CourseRequest(title, "A course", Set.of(TargetGroup.MUNICIPAL_STAFF, TargetGroup.POLICE),
                CourseFormat.IN_PERSON, "Chemnitz", capacity, BigDecimal.ZERO, 8, sessions, null);
    }

    static PersonRequest person(String ags, String first, String last, Qualification... qualifications) {
        return new PersonRequest(ags, first, last, first.toLowerCase() + "@example.org", "Stadtverwaltung",
                Sector.ADMINISTRATION, Set.of(qualifications), null);
    }

    static ProgrammeRequest master() {
        return new ProgrammeRequest("Präventionsmanagement (M.A.)", Degree.MASTER, "TU Chemnitz", "part-time",
                true, true, Set.of(Qualification.FIRST_DEGREE),
                List.of(new ProgrammeModuleRequest("Kriminologie", 10), new ProgrammeModuleRequest("Evaluation", 5)));
    }

    static CohortRequest cohort(int capacity) {
        return new CohortRequest("Intake " + NEXT_MONTH, NEXT_MONTH, 4, capacity, "Chemnitz", new BigDecimal("1200.00"),
                null, null);
    }
}
