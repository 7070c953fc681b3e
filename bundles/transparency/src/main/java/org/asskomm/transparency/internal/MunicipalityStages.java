package org.asskomm.transparency.internal;

import java.time.LocalDate;
import java.util.Map;

/** The journey stages a municipality has reached, by stage code, with the day (the map's layers). */
public record MunicipalityStages(String ags, String name, String district, Map<String, LocalDate> reached) {
}
