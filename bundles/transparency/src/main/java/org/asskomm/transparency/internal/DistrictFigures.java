package org.asskomm.transparency.internal;

/**
 * What ASSKomm reached in one district (Landkreis or district-free city): municipalities advised by the LPR, with a
 * prevention council, with a signed agreement, with a safety analysis (journey stages reached, each counted once).
 */
public record DistrictFigures(String district, long municipalitiesAdvised, long councils, long agreements,
                              long analyses) {
}
