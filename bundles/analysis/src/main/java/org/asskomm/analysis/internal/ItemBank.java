package org.asskomm.analysis.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.asskomm.analysis.api.SurveyItem;

/**
 * The questionnaire's item bank, version 2026-1. Every item is answered on 1 ... 5 with 5 the safest or most
 * positive answer (items worded the other way are recoded on entry); the index items make up the safety index.
 */
final class ItemBank {

    static final List<SurveyItem> ITEMS = List.of(
            new SurveyItem("SAFE_DAY", "Sicherheitsgefühl", "Wie sicher fühlen Sie sich tagsüber allein in Ihrer"
                    + " Wohngegend? (1 sehr unsicher ... 5 sehr sicher)", true),
            new SurveyItem("SAFE_NIGHT", "Sicherheitsgefühl", "Wie sicher fühlen Sie sich nachts allein in Ihrer"
                    + " Wohngegend? (1 sehr unsicher ... 5 sehr sicher)", true),
            new SurveyItem("FEAR_BURGLARY", "Kriminalitätsfurcht", "Wie sehr beunruhigt Sie, dass in Ihre Wohnung"
                    + " eingebrochen wird? (1 sehr ... 5 gar nicht)", true),
            new SurveyItem("FEAR_ASSAULT", "Kriminalitätsfurcht", "Wie sehr beunruhigt Sie, geschlagen und verletzt"
                    + " zu werden? (1 sehr ... 5 gar nicht)", true),
            new SurveyItem("FEAR_THEFT", "Kriminalitätsfurcht", "Wie sehr beunruhigt Sie, bestohlen zu werden?"
                    + " (1 sehr ... 5 gar nicht)", true),
            new SurveyItem("INCIVILITY_LITTER", "Ordnungsstörungen", "Müll und Verschmutzung in Ihrer Wohngegend"
                    + " (1 großes Problem ... 5 kein Problem)", false),
            new SurveyItem("INCIVILITY_GRAFFITI", "Ordnungsstörungen", "Graffiti und Schmierereien (1 großes Problem"
                    + " ... 5 kein Problem)", false),
            new SurveyItem("INCIVILITY_VANDALISM", "Ordnungsstörungen", "Beschädigungen und Vandalismus (1 großes"
                    + " Problem ... 5 kein Problem)", false),
            new SurveyItem("INCIVILITY_TRAFFIC", "Ordnungsstörungen", "Rücksichtsloses Fahren und Parken (1 großes"
                    + " Problem ... 5 kein Problem)", false),
            new SurveyItem("VICTIM_12M", "Opfererfahrung", "Wurden Sie in den letzten 12 Monaten Opfer einer"
                    + " Straftat? (1 ja, mehrfach ... 5 nein)", false),
            new SurveyItem("TRUST_POLICE", "Vertrauen", "Wie sehr vertrauen Sie der Polizei? (1 gar nicht ... 5 voll"
                    + " und ganz)", false),
            new SurveyItem("TRUST_MUNICIPALITY", "Vertrauen", "Wie sehr vertrauen Sie Ihrer Gemeindeverwaltung?"
                    + " (1 gar nicht ... 5 voll und ganz)", false));

    static final Map<String, SurveyItem> BY_KEY = ITEMS.stream()
            .collect(Collectors.toUnmodifiableMap(SurveyItem::key, Function.identity()));

    private ItemBank() {
    }
}
