package org.asskomm.councils.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.asskomm.councils.api.Composition;
import org.asskomm.councils.api.CouncilStatus;
import org.asskomm.councils.api.Member;
import org.asskomm.councils.api.Sector;
import org.junit.Test;

/** The pure rules: which status follows which, and how a composition is counted. */
public class LifecycleTest {

    @Test
    public void statusesFollowThePractisedOrder() {
        assertEquals(Set.of(CouncilStatus.COORDINATION_OFFICE), CouncilStatus.PLANNED.next());
        assertEquals(Set.of(CouncilStatus.CONSTITUTED), CouncilStatus.COORDINATION_OFFICE.next());
        assertEquals(Set.of(CouncilStatus.DORMANT), CouncilStatus.CONSTITUTED.next());
        assertEquals(Set.of(CouncilStatus.REACTIVATED), CouncilStatus.DORMANT.next());
        assertEquals(Set.of(CouncilStatus.DORMANT), CouncilStatus.REACTIVATED.next());
        for (CouncilStatus s : CouncilStatus.values()) {
            assertFalse("no status leads back to PLANNED", s.canBecome(CouncilStatus.PLANNED));
            assertFalse("no status repeats itself", s.canBecome(s));
        }
        assertTrue(CouncilStatus.REACTIVATED.isActive());
        assertFalse(CouncilStatus.DORMANT.isActive());
    }

    @Test
    public void membershipIncludesBothBoundaryDays() {
        Member m = new Member("m", "c", "N", null, null, Sector.POLICE, true, false,
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), 1);
        assertFalse(m.isMemberOn(LocalDate.of(2020, 12, 31)));
        assertTrue(m.isMemberOn(LocalDate.of(2021, 1, 1)));
        assertTrue(m.isMemberOn(LocalDate.of(2021, 12, 31)));
        assertFalse(m.isMemberOn(LocalDate.of(2022, 1, 1)));
    }

    @Test
    public void compositionCountsVotingAndAdvisoryBySector() {
        LocalDate day = LocalDate.of(2022, 6, 1);
        List<Member> members = List.of(
                new Member("a", "c", "A", null, null, Sector.YOUTH_WORK, true, false, day.minusYears(1), null, 1),
                new Member("b", "c", "B", null, null, Sector.YOUTH_WORK, false, false, day.minusYears(1), null, 1),
                new Member("d", "c", "D", null, null, Sector.BUSINESS, true, false, day.plusDays(1), null, 1));
        Composition c = MemberRegistry.compose("c", day, members);
        assertEquals(1, c.voting());
        assertEquals(1, c.advisory());
        Composition.SectorCount youth = c.sectors().stream().filter(s -> s.sector() == Sector.YOUTH_WORK).findFirst().orElseThrow();
        assertEquals(new Composition.SectorCount(Sector.YOUTH_WORK, 1, 1), youth);
        assertEquals(10, c.sectors().size());
    }
}
