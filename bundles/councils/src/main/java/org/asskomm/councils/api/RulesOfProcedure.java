package org.asskomm.councils.api;

import java.time.LocalDate;

/**
 * The council's rules of procedure (Geschäftsordnung): signing them constitutes the council.
 *
 * @param adoptedOn the day they were signed; set when the council is constituted
 */
public record RulesOfProcedure(String chair, String deputyChair, String meetingFrequency, String decisionRules,
                               String minutesFormat, LocalDate adoptedOn) {
}
