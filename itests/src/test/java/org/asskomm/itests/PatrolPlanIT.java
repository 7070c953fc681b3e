package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 24 in the real distribution: a week's plan for a compound of six municipalities whose officers have
 * different authority (appointed by one municipality, acting for others under the purpose agreement, one whose
 * authority ends mid-week): no visit outside authority, no two teams on the same place on a day, at least 70 % of the
 * working time at places and travelling, every hotspot visited within its due time; and the patrol log refusing an
 * entry outside an officer's authority in German. Everything is checked from the plan's JSON, independently of the
 * plan's own metrics.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PatrolPlanIT extends AsskommTestSupport {

    private static final String ROOT = "/api/v1/patrol";
    private static final String[] AGS = {"14522140", "14522020", "14522110", "14522320", "14522420", "14522440"};
    private static final LocalDate MONDAY = LocalDate.of(2021, 3, 8);

    private String base;
    /** officer id -> ags -> [from, to] (to null: open-ended) */
    private final Map<String, Map<String, LocalDate[]>> authority = new HashMap<>();
    private final Map<String, String> officerName = new HashMap<>();

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void moduleIsInstalled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        installIfMissing("asskomm-patrol");
        awaitStatus(ROOT + "/offence-categories", 200, Duration.ofSeconds(30));
    }

    private String compound() {
        for (String ags : AGS) {
            enable("patrol", ags);
        }
        List<Map<String, Object>> members = new ArrayList<>();
        for (String ags : AGS) {
            members.add(Map.of("ags", ags, "contractedHoursPerMonth", ags.equals(AGS[0]) ? 60 : 20));
        }
        Answer created = post(ROOT + "/compounds", FLOEHA, Map.of("name", "Vollzugsdienst Flöha (Wochenplan)",
                "leadAgs", AGS[0], "startDate", "2021-01-01", "purposeAgreementId", "ZV Vollzugsdienst 2021",
                "members", members));
        assertEquals(created.body(), 201, created.status());
        return ROOT + "/compounds/" + created.get("id").asText();
    }

    private String officer(String name, String home, String mode, LocalDate until, String... ags) {
        List<Map<String, Object>> authorities = new ArrayList<>();
        Map<String, LocalDate[]> scope = new HashMap<>();
        for (String a : ags) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ags", a);
            entry.put("validFrom", "2021-01-01");
            entry.put("validTo", until == null ? null : until.toString());
            entry.put("basis", a.equals(home) ? "APPOINTMENT" : "PURPOSE_AGREEMENT");
            entry.put("reference", a.equals(home) ? "Bestellung 2021" : "ZV Vollzugsdienst 2021");
            authorities.add(entry);
            scope.put(a, new LocalDate[] {LocalDate.of(2021, 1, 1), until});
        }
        Answer created = post(base + "/officers", FLOEHA, Map.of("name", name, "homeAgs", home, "weeklyHours", 40,
                "mode", mode, "authorities", authorities));
        assertEquals(created.body(), 201, created.status());
        String id = created.get("id").asText();
        assertEquals(mode, created.get("mode").asText());
        assertEquals(ags.length, created.get("authorities").size());
        authority.put(id, scope);
        officerName.put(id, name);
        return id;
    }

    private boolean authorised(String officerId, String ags, LocalDate day) {
        LocalDate[] span = authority.get(officerId).get(ags);
        return span != null && !day.isBefore(span[0]) && (span[1] == null || !day.isAfter(span[1]));
    }

    @Test
    public void aWeekForSixMunicipalitiesCanBeWalkedWithinEachOfficersAuthority() {
        base = compound();
        // 25 places per town within about a kilometre of its centre; two hotspots and one pair-only place each
        Map<String, JsonNode> places = new HashMap<>();
        for (int m = 0; m < AGS.length; m++) {
            for (int p = 0; p < 25; p++) {
                double lat = 50.80 + 0.06 * (m % 3) + 0.004 * Math.sin(p * 1.7);
                double lon = 13.00 + 0.09 * (m / 3) + 0.006 * Math.cos(p * 2.3);
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("ags", AGS[m]);
                place.put("name", "Ort " + (p + 1));
                place.put("category", p == 0 ? "STATION" : p == 1 ? "MARKET_SQUARE" : "PARK");
                place.put("latitude", lat);
                place.put("longitude", lon);
                place.put("priority", p == 0 ? 5 : p == 1 ? 4 : 1 + p % 3);
                place.put("requiredOfficers", p == 2 ? 2 : 1);
                place.put("lastPatrolledOn", p % 4 == 0 ? null : MONDAY.minusDays(p).toString());
                Answer created = post(base + "/places", FLOEHA, place);
                assertEquals(created.body(), 201, created.status());
                places.put(created.get("id").asText(), created.json());
            }
        }
        String footOnly = officer("Anna Fuß", AGS[0], "FOOT", null, AGS[0]);
        officer("Bert Rad", AGS[0], "BICYCLE", null, AGS[0]);
        officer("Carla Wagen", AGS[1], "CAR", null, AGS[1], AGS[2]);
        officer("Dirk Wagen", AGS[2], "CAR", null, AGS[1], AGS[2], AGS[3]);
        officer("Eva Rad", AGS[3], "BICYCLE", null, AGS[3], AGS[4]);
        officer("Falk Wagen", AGS[4], "CAR", null, AGS[4], AGS[5]);
        officer("Gert Wagen", AGS[5], "CAR", null, AGS[5], AGS[0], AGS[3], AGS[4]);
        String untilWednesday = officer("Heike Wagen", AGS[5], "CAR", MONDAY.plusDays(2), AGS[5]);

        Answer plan = post(base + "/plans", FLOEHA, Map.of("from", MONDAY.toString(), "to", MONDAY.plusDays(6).toString(),
                "speedKmh", 30, "bicycleKmh", 14, "footKmh", 4.5));
        assertEquals(plan.body(), 201, plan.status());
        JsonNode shifts = plan.get("shifts");
        assertTrue(shifts.size() >= 5 * 7);

        double work = 0;
        double busy = 0;
        Map<LocalDate, Map<String, Set<String>>> teams = new HashMap<>();
        Map<String, Set<LocalDate>> visited = new HashMap<>();
        for (JsonNode s : shifts) {
            String officer = s.get("officerId").asText();
            String ags = s.get("ags").asText();
            LocalDate day = LocalDate.parse(s.get("date").asText());
            assertTrue(officerName.get(officer) + " in " + ags + " on " + day, authorised(officer, ags, day));
            if (officer.equals(untilWednesday)) {
                assertTrue(day.isBefore(MONDAY.plusDays(3)));
            }
            assertEquals("statutory break", 30, s.get("breakMinutes").asInt());
            work += s.get("hours").asDouble() * 60 - s.get("breakMinutes").asInt();
            busy += s.get("travelMinutes").asInt();
            String partner = s.hasNonNull("partnerOfficerId") ? s.get("partnerOfficerId").asText() : null;
            String team = partner == null || officer.compareTo(partner) < 0 ? officer : partner;
            Set<String> teamPlaces = teams.computeIfAbsent(day, d -> new HashMap<>())
                    .computeIfAbsent(team, t -> new HashSet<>());
            for (JsonNode v : s.get("route")) {
                JsonNode place = places.get(v.get("placeId").asText());
                assertEquals(ags, place.get("ags").asText());
                assertTrue("reasons for " + v, v.get("reasons").size() > 0);
                if (place.get("requiredOfficers").asInt() == 2) {
                    assertTrue("a pair place is walked in pairs", partner != null);
                }
                busy += v.get("stayMinutes").asInt();
                teamPlaces.add(v.get("placeId").asText());
                visited.computeIfAbsent(v.get("placeId").asText(), k -> new HashSet<>()).add(day);
            }
        }
        int duplicated = 0;
        for (Map<String, Set<String>> byTeam : teams.values()) {
            List<Set<String>> list = new ArrayList<>(byTeam.values());
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    duplicated += list.get(i).stream().anyMatch(list.get(j)::contains) ? 1 : 0;
                }
            }
        }
        assertEquals("duplicated routes", 0, duplicated);
        assertEquals(0, plan.get("metrics").get("duplicatedRoutes").asInt());
        double utilisation = 100 * busy / work;
        System.out.printf("PatrolPlanIT: utilisation %.2f %% of working time (plan reports %s %%), %d shifts%n",
                utilisation, plan.get("metrics").get("utilisationPercent").asText(), shifts.size());
        assertTrue("utilisation " + utilisation, utilisation >= 70);
        assertEquals(utilisation, plan.get("metrics").get("utilisationPercent").asDouble(), 0.01);

        // every hotspot (priority 4 and 5) visited within its due time: 1 working day for 5, 2 for 4
        for (JsonNode place : places.values()) {
            int priority = place.get("priority").asInt();
            if (priority < 4) {
                continue;
            }
            int due = 6 - priority;
            LocalDate last = place.hasNonNull("lastPatrolledOn") ? LocalDate.parse(place.get("lastPatrolledOn").asText())
                    : null;
            Set<LocalDate> days = visited.getOrDefault(place.get("id").asText(), Set.of());
            for (LocalDate d = MONDAY; d.isBefore(MONDAY.plusDays(7)); d = d.plusDays(1)) {
                if (days.contains(d)) {
                    last = d;
                }
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    assertTrue(place.get("name").asText() + " in " + place.get("ags").asText() + " late on " + d,
                            last != null && workingDaysBetween(last, d) < due);
                }
            }
        }

        // the stored plan reads back the same
        Answer again = get(base + "/plans/" + plan.get("id").asText(), FLOEHA);
        assertEquals(plan.get("shifts"), again.get("shifts"));

        // the log refuses an entry outside the officer's authority, in German by default
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("ags", AGS[1]);
        log.put("start", MONDAY + "T08:00:00");
        log.put("end", MONDAY + "T12:00:00");
        log.put("officerIds", List.of(footOnly));
        log.put("km", 3);
        Answer refused = post(base + "/logs", FLOEHA, log);
        assertEquals(refused.body(), 400, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        JsonNode error = refused.get("errors").get(0);
        assertEquals("officerIds[0]", error.get("field").asText());
        assertTrue(error.get("message").asText(), error.get("message").asText()
                .contains("Anna Fuß ist am 08.03.2021 in " ) && error.get("message").asText().contains("nicht befugt"));
        Answer english = send("POST", base + "/logs", FLOEHA, log, "application/json", "en");
        assertTrue(english.body(), english.get("errors").get(0).get("message").asText().contains("has no authority"));
        log.put("ags", AGS[0]);
        assertEquals(201, post(base + "/logs", FLOEHA, log).status());
    }

    private static long workingDaysBetween(LocalDate since, LocalDate day) {
        long count = 0;
        for (LocalDate d = since.plusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
        }
        return count;
    }
}
