package org.asskomm.analysis.api;

/** Age groups of the sample's strata and the questionnaire's demographics (residents aged 16 and over). */
public enum AgeGroup {
    A16_24(16, 24), A25_34(25, 34), A35_44(35, 44), A45_54(45, 54), A55_64(55, 64), A65_74(65, 74), A75_PLUS(75, 120);

    private final int from;
    private final int to;

    AgeGroup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The group of an age; null below 16 or above 120. */
    public static AgeGroup of(int age) {
        for (AgeGroup g : values()) {
            if (age >= g.from && age <= g.to) {
                return g;
            }
        }
        return null;
    }
}
