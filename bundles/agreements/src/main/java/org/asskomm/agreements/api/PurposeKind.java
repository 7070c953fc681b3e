package org.asskomm.agreements.api;

/**
 * Kind of a purpose agreement (SächsKomZG §71): MANDATING - the lead provides staff by share of time and
 * acts in each partner's name; DELEGATING - the task moves to the lead.
 */
public enum PurposeKind {
    MANDATING, DELEGATING
}
