package org.asskomm.funding.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationRequest;
import org.asskomm.funding.api.CostItem;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeRequest;
import org.asskomm.funding.api.ProjectDescription;
import org.asskomm.funding.api.VersionRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.testing.TestPlatform;

/** The funding module on the real platform core (in-memory H2), with a clock inside the 2027 window. */
final class Fixture {

    static final String FRANKENBERG = "14522150";
    static final String FLOEHA = "14522140";
    static final String CHEMNITZ = "14511000";
    static final int YEAR = 2027;
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final CurrentUser LPR = TestPlatform.lprAdmin();

    final TestPlatform platform = new TestPlatform().enable("funding", FRANKENBERG, FLOEHA);
    final ModuleSchema schema = platform.schema("funding", ProgrammeRegistry.class);

    {
        platform.events.checkAgainst(org.asskomm.funding.api.FundingEvents.CATALOGUE);
    }
    final ProgrammeRegistry programmes = new ProgrammeRegistry(platform.database, schema, platform.writes);
    final PaymentRegistry payments = new PaymentRegistry(platform.database, platform.writes, Clock.systemDefaultZone());

    ApplicationRegistry serviceOn(LocalDate today) {
        return new ApplicationRegistry(platform.database, platform.municipalities, platform.writes,
                Clock.fixed(today.atTime(12, 0).atZone(ZONE).toInstant(), ZONE));
    }

    /** A day inside the default window of the 2027 programme (31 Aug - 15 Oct 2026). */
    final ApplicationRegistry applications = serviceOn(LocalDate.of(2026, 9, 15));

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    static ProgrammeRequest programme(String budget) {
        return new ProgrammeRequest(YEAR, null, eur(budget), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }

    Programme createProgramme(String budget) {
        return programmes.createProgramme(LPR, programme(budget));
    }

    static ProjectDescription description() {
        return new ProjectDescription("problem", "causes", "goals and target groups", "measures", "implementation",
                "evaluation", "conclusions");
    }

    /** A plan of one MATERIAL line financed by {@code requested} + {@code own}. */
    static ApplicationRequest request(String programmeId, String ags, String requested, String own) {
        BigDecimal total = eur(requested).add(eur(own));
        return request(programmeId, ags, List.of(new CostItem("MATERIAL", "material", total, null, null, null)),
                requested, own, "0");
    }

    static ApplicationRequest request(String programmeId, String ags, List<CostItem> plan, String requested,
                                      String own, String other) {
        return new ApplicationRequest(programmeId, ags, "Stadt " + ags, "Project of " + ags,
                "Gewaltprävention", "Saxony", LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 11, 30), null,
                description(), LocalDate.of(2026, 6, 1), "LPR-2026-1", plan, eur(requested), eur(own), eur(other),
                false, null, null);
    }

    /** Created, submitted and taken into review. */
    Application underReview(String programmeId, String ags, String requested, String own) {
        Application a = applications.create(TestPlatform.municipalUser(ags), request(programmeId, ags, requested, own));
        a = applications.submit(TestPlatform.municipalUser(ags), a.id(), new VersionRequest(a.version()));
        return applications.startReview(LPR, a.id(), new VersionRequest(a.version()));
    }
}
