package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.util.List;

import org.asskomm.platform.api.rest.Money;

/**
 * What a programme achieved, across its approved projects: outputs (projects, money granted and paid, indicators
 * measured) and outcomes (the projects' lights), with each project's impact.
 */
public record ProgrammeImpact(String programmeId, String title, int year, long projects, @Money BigDecimal granted,
                              @Money BigDecimal paid, long indicators, long indicatorsMeasured, long green,
                              long yellow, long red, long none, List<Impact> impacts) {
}
