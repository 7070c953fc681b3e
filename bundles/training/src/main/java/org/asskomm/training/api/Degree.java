package org.asskomm.training.api;

/** What a study programme leads to. */
public enum Degree {
    BACHELOR, MASTER, QUALIFICATION
}
