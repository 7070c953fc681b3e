package org.asskomm.analysis.api;

/** Regulatory offences (Ordnungswidrigkeiten) or social indicators of the area profile. */
public enum IndicatorKind {
    REGULATORY_OFFENCE, SOCIAL
}
