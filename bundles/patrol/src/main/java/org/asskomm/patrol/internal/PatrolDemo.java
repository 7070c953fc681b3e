package org.asskomm.patrol.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.asskomm.patrol.api.Authority;
import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundRequest;
import org.asskomm.patrol.api.CompoundService;
import org.asskomm.patrol.api.LegalBasis;
import org.asskomm.patrol.api.LogRequest;
import org.asskomm.patrol.api.MemberRequest;
import org.asskomm.patrol.api.OffenceCount;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.OfficerRequest;
import org.asskomm.patrol.api.PatrolLogService;
import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.PlanningService;
import org.asskomm.patrol.api.PlaceCategory;
import org.asskomm.patrol.api.PlaceRequest;
import org.asskomm.patrol.api.ResourceKind;
import org.asskomm.patrol.api.ResourceRequest;
import org.asskomm.patrol.api.ResourceService;
import org.asskomm.patrol.api.SharedResource;
import org.asskomm.patrol.api.TravelMode;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.DemoData;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.PageRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Floeha's enforcement compound with its leased vehicle, two officers (one acting for every member under the purpose
 * agreement, one on foot appointed by Floeha only), a few places and a month of patrol log up to yesterday. The log is
 * invented, dated relative to the day the demo is loaded, and says so in every entry's observations.
 */
@Component(service = DemoData.class)
public class PatrolDemo implements DemoData {

    /** The observations of every invented log entry. */
    static final String SYNTHETIC = "Synthetische Demodaten – kein echter Einsatz";

    private final CompoundService compounds;
    private final ResourceService resources;
    private final PlanningService planning;
    private final PatrolLogService logs;
    private final ModuleEnablement enablement;
    private final Clock clock;

    @Activate
    public PatrolDemo(@Reference CompoundService compounds, @Reference ResourceService resources,
                      @Reference PlanningService planning, @Reference PatrolLogService logs,
                      @Reference ModuleEnablement enablement) {
        this(compounds, resources, planning, logs, enablement, Clock.systemDefaultZone());
    }

    PatrolDemo(CompoundService compounds, ResourceService resources, PlanningService planning, PatrolLogService logs,
               ModuleEnablement enablement, Clock clock) {
        this.compounds = compounds;
        this.resources = resources;
        this.planning = planning;
        this.logs = logs;
        this.enablement = enablement;
        this.clock = clock;
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
        SharedResource vehicle = resources.addResource(user, compound.id(), new ResourceRequest(
                "Dienstfahrzeug (Leasing)", ResourceKind.VEHICLE, new BigDecimal("489.00"), new BigDecimal("0.18"),
                BigDecimal.ZERO, null));
        List<Authority> everyMember = FloehaCompound.MEMBERS.stream().map(m -> new Authority(m.ags(),
                FloehaCompound.START, null, m.ags().equals(FloehaCompound.LEAD) ? LegalBasis.APPOINTMENT
                : LegalBasis.PURPOSE_AGREEMENT, "Zweckvereinbarung Vollzugsdienst Flöha 2020")).toList();
        Officer car = resources.addOfficer(user, compound.id(), new OfficerRequest("Vollzugsbedienstete/r Flöha",
                FloehaCompound.LEAD, BigDecimal.valueOf(40), List.of("Vollzugsdienst", "Führerschein B"), null,
                TravelMode.CAR, everyMember));
        Officer foot = resources.addOfficer(user, compound.id(), new OfficerRequest("Fußstreife Flöha",
                FloehaCompound.LEAD, BigDecimal.valueOf(20), List.of("Vollzugsdienst"), null, TravelMode.FOOT,
                List.of(new Authority(FloehaCompound.LEAD, FloehaCompound.START, null, LegalBasis.APPOINTMENT,
                        "Bestellung durch die Stadt Flöha"))));
        List<Place> places = new ArrayList<>();
        places.add(place(user, compound, FloehaCompound.LEAD, "Markt Flöha", PlaceCategory.MARKET_SQUARE, 50.8563, 13.0727, 4));
        places.add(place(user, compound, FloehaCompound.LEAD, "Bahnhof Flöha", PlaceCategory.STATION, 50.8585, 13.0758, 5));
        places.add(place(user, compound, FloehaCompound.LEAD, "Spielplatz Plaue", PlaceCategory.PLAYGROUND, 50.8463, 13.0647, 3));
        places.add(place(user, compound, "14522020", "Schlossparkplatz Augustusburg", PlaceCategory.CAR_PARK, 50.8128, 13.1006, 3));
        places.add(place(user, compound, "14522110", "Schulweg Eppendorf", PlaceCategory.SCHOOL_ROUTE, 50.7962, 13.2218, 4));
        places.add(place(user, compound, "14522320", "Dorfteich Leubsdorf", PlaceCategory.PARK, 50.7999, 13.1668, 2));
        places.add(place(user, compound, "14522420", "Festplatz Niederwiesa", PlaceCategory.EVENT_SITE, 50.8622, 13.0222, 3));
        places.add(place(user, compound, "14522440", "Markt Oederan", PlaceCategory.MARKET_SQUARE, 50.8607, 13.1683, 4));
        int entries = syntheticMonth(user, compound, vehicle, car, foot, places);
        return "Flöha's compound with 6 municipalities, a shared vehicle, 2 officers, 8 places and " + entries
                + " synthetic patrol log entries of the last month.";
    }

    /**
     * A month of invented patrols up to yesterday: the car-borne officer each working day in one member (in turn),
     * the foot patrol in Floeha's centre on Mondays, Wednesdays and Fridays.
     */
    private int syntheticMonth(CurrentUser user, Compound compound, SharedResource vehicle, Officer car, Officer foot,
                               List<Place> places) {
        LocalDate today = LocalDate.now(clock);
        int entries = 0;
        for (LocalDate day = today.minusDays(30); day.isBefore(today); day = day.plusDays(1)) {
            int weekday = day.getDayOfWeek().getValue();
            if (weekday > 5) {
                continue;
            }
            String ags = FloehaCompound.MEMBERS.get(entries % FloehaCompound.MEMBERS.size()).ags();
            List<String> visited = places.stream().filter(p -> p.ags().equals(ags)).map(Place::id).toList();
            int offences = day.getDayOfMonth() % 4;
            logs.addLog(user, compound.id(), new LogRequest(null, ags, day.atTime(7, 30), day.atTime(15, 30),
                    List.of(car.id()), vehicle.id(), BigDecimal.valueOf(180 + day.getDayOfMonth() * 7L % 120, 1),
                    visited, SYNTHETIC, offences == 0 ? List.of() : List.of(new OffenceCount("PARKING", offences)),
                    offences / 2));
            entries++;
            if (weekday % 2 == 1) {
                logs.addLog(user, compound.id(), new LogRequest(null, FloehaCompound.LEAD, day.atTime(9, 0),
                        day.atTime(13, 0), List.of(foot.id()), null, BigDecimal.ZERO, places.stream()
                        .filter(p -> p.ags().equals(FloehaCompound.LEAD)).limit(2).map(Place::id).toList(), SYNTHETIC,
                        List.of(), 0));
                entries++;
            }
        }
        return entries;
    }

    private Place place(CurrentUser user, Compound compound, String ags, String name, PlaceCategory category,
                        double latitude, double longitude, int priority) {
        return planning.addPlace(user, compound.id(), new PlaceRequest(ags, name, category, latitude, longitude, priority, null,
                null));
    }
}
