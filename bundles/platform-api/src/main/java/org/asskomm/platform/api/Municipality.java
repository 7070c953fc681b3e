package org.asskomm.platform.api;

/**
 * A Saxon municipality (Gemeinde) from the federal statistical office's municipal directory.
 *
 * @param ags          official municipality key (Amtlicher Gemeindeschluessel), 8 digits
 * @param ars          official regional key, 12 digits
 * @param name         official name with its suffixes
 * @param district     district (Landkreis) or district-free city
 * @param type         61 district-free city, 63 town, 64 other municipality
 * @param areaHectares area in hectares
 * @param population   population as published in the directory
 * @param postcode     postcode of the municipality's seat
 */
public record Municipality(String ags, String ars, String name, String district, int type,
                           long areaHectares, long population, String postcode) {

    /** Eight digits; Saxon keys begin with 14, but a well-formed foreign key is "not found", not "malformed". */
    public static boolean isWellFormedKey(String ags) {
        return ags != null && ags.matches("\\d{8}");
    }
}
