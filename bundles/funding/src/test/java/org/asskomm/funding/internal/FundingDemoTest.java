package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.Fixture.eur;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationQuery;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.Programme;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.junit.Test;

public class FundingDemoTest {

    @Test
    public void demoYearLoadsOnceWithItsFigures() {
        Fixture f = new Fixture();
        FundingDemo demo = new FundingDemo(f.programmes, f.platform.database, f.platform.enablement,
                f.platform.municipalities, f.platform.writes);
        String first = demo.load(CurrentUser.SYSTEM);
        assertTrue(first, first.contains("Frankenberg/Sa. approved"));
        String second = demo.load(CurrentUser.SYSTEM);
        assertTrue(second, second.contains("programme 2026 exists already") && second.contains("open programme")
                && second.endsWith("exists already"));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
        List<Programme> open = f.programmes.programmes(CurrentUser.SYSTEM, today.getYear() + 1, new PageRequest(0, 10))
                .items().stream().filter(p -> p.title().startsWith(FundingDemo.OPEN_TITLE)).toList();
        assertEquals(1, open.size());
        assertTrue(!today.isBefore(open.get(0).windowOpens()) && !today.isAfter(open.get(0).windowCloses()));

        List<Programme> programmes = f.programmes.programmes(CurrentUser.SYSTEM, 2026, new PageRequest(0, 10)).items()
                .stream().filter(p -> !p.title().startsWith(FundingDemo.OPEN_TITLE)).toList();
        assertEquals(1, programmes.size());
        Programme p = programmes.get(0);
        assertEquals(eur("1300000.00"), p.budget());
        assertEquals(eur("32400.00"), p.figures().committed());
        assertEquals(eur("16200.00"), p.figures().paid());
        List<Application> apps = f.applications.applications(CurrentUser.SYSTEM, new ApplicationQuery(p.id(), null, null,
                null), new PageRequest(0, 10)).items();
        assertEquals(2, apps.size());
        assertEquals(ApplicationStatus.APPROVED, apps.stream().filter(a -> a.municipality().equals("14522150"))
                .findFirst().orElseThrow().status());
        Application floeha = apps.stream().filter(a -> a.municipality().equals("14522140")).findFirst().orElseThrow();
        assertEquals(ApplicationStatus.UNDER_REVIEW, floeha.status());
        assertTrue(floeha.money().reimbursementOnly());
    }
}
