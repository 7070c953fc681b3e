package org.asskomm.funding.api;

/** How a budget report groups its rows. */
public enum ReportDimension {
    PROGRAMME, DISTRICT, MUNICIPALITY, ACTION_FIELD
}
