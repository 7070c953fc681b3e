package org.asskomm.agreements.api;

import java.util.List;

/**
 * Public aggregates: how many municipalities were advised and how many signed an agreement, overall,
 * by district and by year (no personal data).
 */
public record AgreementStatistics(long municipalitiesAdvised, long municipalitiesWithSignedAgreement,
                                  List<DistrictFigures> byDistrict, List<YearFigures> byYear) {

    public record DistrictFigures(String district, long advised, long signed) {
    }

    public record YearFigures(int year, long advised, long signed) {
    }
}
