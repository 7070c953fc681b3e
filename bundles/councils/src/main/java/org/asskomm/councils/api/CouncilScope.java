package org.asskomm.councils.api;

/** Whom a council serves: one municipality, several (lead plus partners), or a whole district. */
public enum CouncilScope {
    MUNICIPALITY,
    INTER_MUNICIPAL,
    DISTRICT
}
