package org.asskomm.funding.internal;

import java.util.List;
import java.util.Set;

import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.Programme;
import org.asskomm.platform.api.i18n.Message;

/** Words of the funding module's messages: labels instead of codes, programmes by name and id. */
final class FundingTexts {

    /** The cost categories the module has labels for (funding.category.CODE); others are shown as their code. */
    private static final Set<String> LABELLED = Set.of("PERSONNEL", "MATERIAL", "FEES", "EVENTS", "PUBLIC_RELATIONS",
            "TRAVEL", "INVESTMENT");

    private FundingTexts() {
    }

    /** The label of a cost category, or the code itself where the module has none (a programme's own category). */
    static Object category(String code) {
        return code != null && LABELLED.contains(code) ? Message.of("funding.category." + code) : String.valueOf(code);
    }

    static Message status(ApplicationStatus status) {
        return Message.of("funding.status." + status);
    }

    static List<Message> statuses(ApplicationStatus... statuses) {
        return List.of(statuses).stream().map(FundingTexts::status).toList();
    }

    /** A programme as messages name it: its title and its id (several programmes may run in one year). */
    static Message programme(Programme p) {
        return Message.of("funding.programme.name", p.title(), p.year(), p.id());
    }
}
