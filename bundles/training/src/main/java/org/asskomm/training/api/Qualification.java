package org.asskomm.training.api;

/** Prior qualifications of a person, which study programmes may require for admission. */
public enum Qualification {
    UNIVERSITY_ENTRANCE("university entrance qualification (Hochschulzugangsberechtigung)"),
    VOCATIONAL_TRAINING("completed vocational training"),
    PROFESSIONAL_EXPERIENCE("at least one year of professional experience"),
    FIRST_DEGREE("a first university degree (e.g. B.A.)");

    private final String label;

    Qualification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
