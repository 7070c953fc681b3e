package org.asskomm.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.asskomm.analysis.api.SafetyIndex;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void tQuantilesMatchThePublishedTables() {
        assertEquals(12.7062, IndexCalculator.t975(1), 1e-4);
        assertEquals(2.2281, IndexCalculator.t975(10), 1e-4);
        assertEquals(2.0423, IndexCalculator.t975(30), 1e-4);
        assertEquals(1.9840, IndexCalculator.t975(100), 1e-4);
        assertEquals(1.9679, IndexCalculator.t975(299), 1e-4);
    }

    @Test
    void indexOfKnownData() {
        List<IndexCalculator.Observation> obs = new ArrayList<>();
        for (double v : new double[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            obs.add(new IndexCalculator.Observation(v, 1.0));
        }
        SafetyIndex i = IndexCalculator.of(obs);
        assertEquals(5.0, i.mean());
        assertEquals(2.1381, i.standardDeviation(), 1e-4);
        double half = 2.3646 * 2.13809 / Math.sqrt(8);
        assertEquals(5 - half, i.lower(), 1e-3);
        assertEquals(5.0, i.weightedMean());
    }

    @Test
    void sameSeedSameSampleAndProportionalStrata() {
        List<Integer> strata = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            strata.add(i % 7 == 0 ? 0 : i % 3 == 0 ? 1 : 2);
        }
        List<Integer> a = Sampler.draw(strata, 1000, 42, true, Comparator.naturalOrder());
        assertEquals(a, Sampler.draw(strata, 1000, 42, true, Comparator.naturalOrder()));
        assertNotEquals(a, Sampler.draw(strata, 1000, 43, true, Comparator.naturalOrder()));
        assertEquals(1000, a.stream().distinct().count());
        assertArrayEquals(new int[] {2, 1, 1}, Sampler.allocate(new int[] {5, 3, 2}, 4));
        assertEquals(1000, Sampler.draw(strata, 1000, 7, false, Comparator.naturalOrder()).size());
    }
}
