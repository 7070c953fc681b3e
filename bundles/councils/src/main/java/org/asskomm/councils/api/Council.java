package org.asskomm.councils.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A municipal prevention council (Kommunaler Präventionsrat).
 *
 * @param municipality          the lead municipality (AGS) whose staff manage the council
 * @param partnerMunicipalities further municipalities of an inter-municipal council
 * @param statusSince           the date of the last status change
 */
public record Council(String id, String municipality, String district, String name, CouncilScope scope,
                      List<String> partnerMunicipalities, CouncilStatus status, LocalDate statusSince,
                      RulesOfProcedure rules, Instant createdAt, int version) {

    public Council {
        partnerMunicipalities = partnerMunicipalities == null ? List.of() : List.copyOf(partnerMunicipalities);
    }
}
