package org.asskomm.patrol.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.patrol.api.MemberRequest;

/** The real service the seed describes: Floeha leads since 1 September 2020 with five partners. */
final class FloehaCompound {

    static final String NAME = "Gemeindlicher Vollzugsdienst Flöha";
    static final String LEAD = "14522140";
    static final LocalDate START = LocalDate.of(2020, 9, 1);

    /** Contracted hours of one full-time officer (160 h a month), shared by time. */
    static final List<MemberRequest> MEMBERS = List.of(
            new MemberRequest(LEAD, BigDecimal.valueOf(60)),       // Floeha
            new MemberRequest("14522020", BigDecimal.valueOf(20)), // Augustusburg
            new MemberRequest("14522110", BigDecimal.valueOf(15)), // Eppendorf
            new MemberRequest("14522320", BigDecimal.valueOf(15)), // Leubsdorf
            new MemberRequest("14522420", BigDecimal.valueOf(20)), // Niederwiesa
            new MemberRequest("14522440", BigDecimal.valueOf(30))); // Oederan

    private FloehaCompound() {
    }
}
