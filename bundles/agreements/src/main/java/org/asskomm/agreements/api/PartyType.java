package org.asskomm.agreements.api;

/** Organisation type of a party to an agreement. */
public enum PartyType {
    MUNICIPALITY, POLICE, LPR, DISTRICT, OTHER
}
