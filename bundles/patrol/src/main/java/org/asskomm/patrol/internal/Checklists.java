package org.asskomm.patrol.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asskomm.patrol.api.Checklist;
import org.asskomm.patrol.api.ChecklistItem;
import org.asskomm.patrol.api.PlaceCategory;

/**
 * The hotspot checklists per place type: what an officer checks on every visit of a playground, a station, a park and
 * so on. The points follow the usual duties of a municipal enforcement service (cleanliness and illegal dumping,
 * damage and graffiti, the place's own rules, lighting); every place type has at least the general points.
 */
final class Checklists {

    private static final Map<String, String> LABELS = new LinkedHashMap<>();
    private static final Map<PlaceCategory, List<ChecklistItem>> BY_CATEGORY = new EnumMap<>(PlaceCategory.class);

    static {
        label("LITTER", "Müll und illegale Ablagerungen");
        label("DAMAGE", "Sachbeschädigung und Graffiti");
        label("LIGHTING", "Beleuchtung funktioniert");
        label("STALLS", "Sondernutzungen (Stände, Auslagen) mit Erlaubnis");
        label("PARKING", "Halte- und Parkverbote beachtet");
        label("FURNITURE", "Bänke und Stadtmobiliar unbeschädigt");
        label("DOGS", "Leinenpflicht und Hundekot");
        label("FIRE", "kein Grillen oder offenes Feuer außerhalb erlaubter Flächen");
        label("EQUIPMENT", "Spielgeräte unbeschädigt und sicher");
        label("SHARPS", "keine Glasscherben oder Spritzen im Sand");
        label("NO_DOGS", "Hundeverbot eingehalten");
        label("ALCOHOL", "Alkohol- und Rauchverbot eingehalten");
        label("FENCE", "Zaun und Tore geschlossen und intakt");
        label("CROSSINGS", "Querungen und Gehwege frei von Falschparkern");
        label("SIGNS", "Verkehrszeichen sichtbar");
        label("BICYCLES", "Fahrradabstellanlagen, Schrottfahrräder");
        label("NUISANCE", "Belästigungen und Ansammlungen");
        label("PERMITS", "Parkberechtigungen und Parkscheine");
        label("DEREGISTERED", "abgemeldete Fahrzeuge ohne Kennzeichen");
        label("ESCAPE_ROUTES", "Flucht- und Rettungswege frei");
        label("CONDITIONS", "Auflagen der Veranstaltungserlaubnis eingehalten");
        label("NOISE", "Lärm und Sperrzeit");

        put(PlaceCategory.MARKET_SQUARE, "STALLS", "PARKING", "FURNITURE");
        put(PlaceCategory.PARK, "DOGS", "FIRE", "FURNITURE");
        put(PlaceCategory.PLAYGROUND, "EQUIPMENT", "SHARPS", "NO_DOGS", "ALCOHOL", "FENCE");
        put(PlaceCategory.SCHOOL_ROUTE, "CROSSINGS", "SIGNS");
        put(PlaceCategory.STATION, "BICYCLES", "NUISANCE");
        put(PlaceCategory.CAR_PARK, "PERMITS", "DEREGISTERED");
        put(PlaceCategory.EVENT_SITE, "ESCAPE_ROUTES", "CONDITIONS", "NOISE");
        put(PlaceCategory.OTHER);
    }

    private Checklists() {
    }

    private static void label(String code, String label) {
        LABELS.put(code, label);
    }

    /** The place type's own points, then the general ones every place has. */
    private static void put(PlaceCategory category, String... codes) {
        List<ChecklistItem> items = new ArrayList<>();
        for (String code : codes) {
            items.add(item(code));
        }
        for (String general : List.of("LITTER", "DAMAGE", "LIGHTING")) {
            items.add(item(general));
        }
        BY_CATEGORY.put(category, List.copyOf(items));
    }

    private static ChecklistItem item(String code) {
        String label = LABELS.get(code);
        if (label == null) {
            throw new IllegalStateException("No label for checklist item " + code);
        }
        return new ChecklistItem(code, label);
    }

    static List<ChecklistItem> of(PlaceCategory category) {
        return BY_CATEGORY.getOrDefault(category == null ? PlaceCategory.OTHER : category,
                BY_CATEGORY.get(PlaceCategory.OTHER));
    }

    static List<Checklist> all() {
        List<Checklist> all = new ArrayList<>();
        BY_CATEGORY.forEach((category, items) -> all.add(new Checklist(category, items)));
        return all;
    }
}
