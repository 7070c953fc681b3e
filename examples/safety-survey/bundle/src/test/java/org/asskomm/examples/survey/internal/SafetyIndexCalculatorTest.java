package org.asskomm.examples.survey.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.asskomm.examples.survey.api.SafetyIndex;
import org.junit.Test;

/** The index and its interval on small data sets computed by hand (the working is in the comments). */
public class SafetyIndexCalculatorTest {

    private static final double EPS = 1e-4;

    @Test
    public void threeRespondents() {
        // mean 3; s^2 = ((-1)^2 + 0 + 1^2) / 2 = 1; se = 1 / sqrt(3) = 0.57735; t(0.975, 2) = 4.3027
        // half width 4.3027 * 0.57735 = 2.48417 -> [0.5158, 5.4842]
        SafetyIndex i = SafetyIndexCalculator.of(List.of(2.0, 3.0, 4.0));
        assertEquals(3, i.respondents());
        assertEquals(3.0, i.mean(), EPS);
        assertEquals(1.0, i.standardDeviation(), EPS);
        assertEquals(0.5158, i.lower(), EPS);
        assertEquals(5.4842, i.upper(), EPS);
    }

    @Test
    public void respondentIndicesAreMeansOfTheAnsweredItems() {
        // respondents: (4+5)/2 = 4.5; (3+4)/2 = 3.5 (item 2 left out); 5; (2+3)/2 = 2.5
        List<Double> indices = List.of(
                SafetyIndexCalculator.respondentIndex(List.of(4, 5)),
                SafetyIndexCalculator.respondentIndex(Arrays.asList(3, null, 4)),
                SafetyIndexCalculator.respondentIndex(List.of(5, 5, 5, 5)),
                SafetyIndexCalculator.respondentIndex(List.of(2, 3)));
        assertEquals(List.of(4.5, 3.5, 5.0, 2.5), indices);
        // mean 15.5 / 4 = 3.875; squares 0.390625 + 0.140625 + 1.265625 + 1.890625 = 3.6875;
        // s = sqrt(3.6875 / 3) = 1.10868; se = 0.55434; t(0.975, 3) = 3.1824; half width 1.76413
        SafetyIndex i = SafetyIndexCalculator.of(indices);
        assertEquals(3.875, i.mean(), EPS);
        assertEquals(1.1087, i.standardDeviation(), EPS);
        assertEquals(2.1109, i.lower(), EPS);
        assertEquals(5.6391, i.upper(), EPS);
    }

    @Test
    public void largeSamplesUseTheExpansionBeyondTheTable() {
        // 20 respondents at 3, 21 at 4: mean 144/41 = 3.512195;
        // s^2 = (20 * 0.512195^2 + 21 * 0.487805^2) / 40 = 0.256098, s = 0.506061, se = 0.079034;
        // t(0.975, 40) = 2.0211 (tables: 2.021075) -> half width 0.159735 -> [3.3525, 3.6719]
        List<Double> indices = new ArrayList<>(Collections.nCopies(20, 3.0));
        indices.addAll(Collections.nCopies(21, 4.0));
        assertEquals(2.021075, SafetyIndexCalculator.t975(40), 1e-4);
        SafetyIndex i = SafetyIndexCalculator.of(indices);
        assertEquals(41, i.respondents());
        assertEquals(3.5122, i.mean(), EPS);
        assertEquals(3.3525, i.lower(), EPS);
        assertEquals(3.6719, i.upper(), EPS);
    }

    @Test
    public void theExpansionJoinsTheTableSmoothly() {
        // at 30 degrees of freedom the expansion and the table agree to 1e-4 (2.0423)
        double z = 1.959964;
        double viaExpansion = z + (z * z * z + z) / 120 + (5 * Math.pow(z, 5) + 16 * Math.pow(z, 3) + 3 * z) / 86400
                + (3 * Math.pow(z, 7) + 19 * Math.pow(z, 5) + 17 * Math.pow(z, 3) - 15 * z) / 10368000;
        assertEquals(SafetyIndexCalculator.t975(30), viaExpansion, 1e-4);
        assertEquals(1.96, SafetyIndexCalculator.t975(100_000), 1e-3);
    }

    @Test
    public void noIntervalWithoutTwoRespondents() {
        SafetyIndex one = SafetyIndexCalculator.of(List.of(4.0));
        assertEquals(4.0, one.mean(), EPS);
        assertNull(one.lower());
        assertNull(one.upper());
        SafetyIndex none = SafetyIndexCalculator.of(List.of());
        assertEquals(0, none.respondents());
        assertNull(none.mean());
        assertNull(SafetyIndexCalculator.respondentIndex(Arrays.asList(null, null)));
    }
}
