package org.asskomm.patrol.internal;

import java.math.BigDecimal;
import java.util.List;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundRequest;
import org.asskomm.patrol.api.CompoundService;
import org.asskomm.patrol.api.MemberRequest;
import org.asskomm.patrol.api.OfficerRequest;
import org.asskomm.patrol.api.PlanningService;
import org.asskomm.patrol.api.PlaceCategory;
import org.asskomm.patrol.api.PlaceRequest;
import org.asskomm.patrol.api.ResourceKind;
import org.asskomm.patrol.api.ResourceRequest;
import org.asskomm.patrol.api.ResourceService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.DemoData;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Floeha's enforcement compound with its leased vehicle, its officer and a few places. */
@Component(service = DemoData.class)
public class PatrolDemo implements DemoData {

    private final CompoundService compounds;
    private final ResourceService resources;
    private final PlanningService planning;
    private final ModuleEnablement enablement;

    @Activate
    public PatrolDemo(@Reference CompoundService compounds, @Reference ResourceService resources,
                      @Reference PlanningService planning, @Reference ModuleEnablement enablement) {
        this.compounds = compounds;
        this.resources = resources;
        this.planning = planning;
        this.enablement = enablement;
    }

    @Override
    public String moduleId() {
        return PatrolModule.ID;
    }

    @Override
    public String load(CurrentUser user) {
        for (MemberRequest m : FloehaCompound.MEMBERS) {
            enablement.enable(user, PatrolModule.ID, m.ags());
        }
        boolean exists = compounds.compounds(user, FloehaCompound.LEAD, PageRequest.of(0, 50)).items().stream()
                .anyMatch(c -> c.name().equals(FloehaCompound.NAME));
        if (exists) {
            return "Flöha's compound is already there; nothing added.";
        }
        Compound compound = compounds.createCompound(user, new CompoundRequest(FloehaCompound.NAME, FloehaCompound.LEAD,
                FloehaCompound.START, "Zweckvereinbarung Vollzugsdienst Flöha 2020", 90, FloehaCompound.MEMBERS, null));
        resources.addResource(user, compound.id(), new ResourceRequest("Dienstfahrzeug (Leasing)", ResourceKind.VEHICLE,
                new BigDecimal("489.00"), new BigDecimal("0.18"), BigDecimal.ZERO, null));
        resources.addOfficer(user, compound.id(), new OfficerRequest("Vollzugsbedienstete/r Flöha", FloehaCompound.LEAD,
                BigDecimal.valueOf(40), List.of("Vollzugsdienst", "Führerschein B"), null));
        place(user, compound, FloehaCompound.LEAD, "Markt Flöha", PlaceCategory.MARKET_SQUARE, 50.8563, 13.0727, 4);
        place(user, compound, FloehaCompound.LEAD, "Bahnhof Flöha", PlaceCategory.STATION, 50.8585, 13.0758, 5);
        place(user, compound, FloehaCompound.LEAD, "Spielplatz Plaue", PlaceCategory.PLAYGROUND, 50.8463, 13.0647, 3);
        place(user, compound, "14522020", "Schlossparkplatz Augustusburg", PlaceCategory.CAR_PARK, 50.8128, 13.1006, 3);
        place(user, compound, "14522110", "Schulweg Eppendorf", PlaceCategory.SCHOOL_ROUTE, 50.7962, 13.2218, 4);
        place(user, compound, "14522320", "Dorfteich Leubsdorf", PlaceCategory.PARK, 50.7999, 13.1668, 2);
        place(user, compound, "14522420", "Festplatz Niederwiesa", PlaceCategory.EVENT_SITE, 50.8622, 13.0222, 3);
        place(user, compound, "14522440", "Markt Oederan", PlaceCategory.MARKET_SQUARE, 50.8607, 13.1683, 4);
        return "Flöha's compound with 6 municipalities, a shared vehicle, an officer and 8 places.";
    }

    private void place(CurrentUser user, Compound compound, String ags, String name, PlaceCategory category,
                       double latitude, double longitude, int priority) {
        planning.addPlace(user, compound.id(), new PlaceRequest(ags, name, category, latitude, longitude, priority, null,
                null));
    }
}
