package org.asskomm.training.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.testing.TestPlatform;
import org.asskomm.training.api.Cohort;
import org.asskomm.training.api.Programme;
import org.junit.Test;

public class TrainingDemoTest {

    @Test
    public void demoLoadsOnceWithAFullBeccariaCohortAndAWaitlist() {
        Fixtures f = new Fixtures();
        TrainingDemo demo = new TrainingDemo(f.catalogue, f.people, f.enrolments, f.platform.enablement);
        String summary = demo.load(CurrentUser.SYSTEM);
        assertTrue(summary, summary.contains("2 on the waitlist"));
        assertEquals("training demo already loaded", demo.load(CurrentUser.SYSTEM));
        var lpr = TestPlatform.lprAdmin();
        assertEquals(3, f.catalogue.programmes(lpr, null, PageRequest.of(0, 10)).total());
        Programme beccaria = f.catalogue.programmes(lpr, null, PageRequest.of(0, 10)).items().stream()
                .filter(p -> p.title().equals(TrainingDemo.BECCARIA)).findFirst().orElseThrow();
        assertEquals(4, beccaria.modules().size());
        Cohort cohort = f.catalogue.cohorts(lpr, beccaria.id(), null, null, PageRequest.of(0, 10)).items().get(0);
        assertEquals(25, cohort.capacity());
        assertEquals(25, cohort.admitted());
        assertEquals(2, cohort.waitlisted());
        assertEquals(8, cohort.sessions().size());
        assertEquals(3, f.catalogue.cohorts(lpr, null, null, null, PageRequest.of(0, 10)).total());
        assertEquals(1, f.catalogue.cohorts(lpr, null, null, 2019, PageRequest.of(0, 10)).items().stream()
                .filter(c -> c.intakeOn().getMonthValue() == 4).count());
    }
}
