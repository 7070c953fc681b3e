package org.asskomm.itests;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asskomm.itests.AsskommTestSupport.Answer;

/**
 * One record per module (and their parts) owned by Frankenberg, created over the API as a Frankenberg
 * user or an LPR admin; the security itests call every operation against them.
 */
final class FrankenbergRecords {

    static final String FRANKENBERG_AGS = "14522150";
    static final String FLOEHA_AGS = "14522140";
    static final String HAINICHEN_AGS = "14522230";
    static final String FRANKENBERG = AsskommTestSupport.FRANKENBERG;
    static final String ADMIN = AsskommTestSupport.ADMIN;

    private final AsskommTestSupport t;

    FrankenbergRecords(AsskommTestSupport t) {
        this.t = t;
    }

    /**
     * Which record a path parameter names: the first path segment and the segment before the parameter,
     * e.g. {@code training:enrolments} for {@code /training/enrolments/{id}}.
     */
    static String idKey(String template, String parameter) {
        String[] segments = template.substring(1).split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + parameter + "}")) {
                return segments[0] + ":" + segments[i - 1];
            }
        }
        return segments[0] + ":" + parameter;
    }

    /** Creates one record per module (and their parts) owned by Frankenberg; returns their ids by {@link #idKey}. */
    Map<String, String> create() {
        Map<String, String> ids = new HashMap<>();
        ids.put("municipalities:municipalities", FRANKENBERG_AGS);
        ids.put("municipalities:modules", "agreements");
        ids.put("modules:modules", "agreements");
        ids.put("platform:features", "asskomm-agreements");
        ids.put("patrol:statements", LocalDate.now().withDayOfMonth(1).minusMonths(1).toString().substring(0, 7));

        String agreement = created(ids, "agreements:agreements", t.post("/api/v1/agreements", FRANKENBERG,
                agreementDraft()));
        if (agreement != null) {
            created(ids, "agreements:documents", t.send("POST", "/api/v1/agreements/" + agreement
                    + "/documents?filename=vertrag.pdf", FRANKENBERG,
                    "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII), "application/pdf"));
        }
        created(ids, "agreements:purpose", t.post("/api/v1/agreements/purpose", FRANKENBERG, purposeDraft()));
        created(ids, "agreements:consultations", t.post("/api/v1/agreements/consultations", ADMIN,
                Map.of("municipality", FRANKENBERG_AGS, "date", "2020-06-15", "topics", List.of("Cooperation agreement"),
                        "outcome", "Text prepared")));

        String council = created(ids, "councils:councils", t.post("/api/v1/councils", FRANKENBERG,
                map("municipality", FRANKENBERG_AGS, "plannedOn", "2020-12-09")));
        if (council != null) {
            String base = "/api/v1/councils/" + council;
            String member = created(ids, "councils:members", t.post(base + "/members", FRANKENBERG, map("name",
                    "Revierleiter", "organisation", "Frankenberg", "sector", "POLICE", "voting", true,
                    "memberSince", "2021-01-01")));
            created(ids, "councils:working-groups", t.post(base + "/working-groups", FRANKENBERG,
                    map("name", "AG Öffentlicher Raum", "actionFields", List.of("PUBLIC_SPACE"))));
            String meeting = created(ids, "councils:meetings", t.post(base + "/meetings", FRANKENBERG, map(
                    "heldOn", "2021-06-15", "title", "Sitzung", "agenda", List.of("Begrüßung"),
                    "attendeeIds", member == null ? List.of() : List.of(member))));
            created(ids, "councils:tasks", t.post(base + "/tasks", FRANKENBERG, map("meetingId", meeting,
                    "title", "Lagebild", "owner", "AG", "dueOn", "2021-09-30")));
        }

        String programme = created(ids, "funding:programmes", t.post("/api/v1/funding/programmes", ADMIN,
                fundingProgramme()));
        created(ids, "funding:applications", t.post("/api/v1/funding/applications", FRANKENBERG,
                fundingApplication(programme)));

        String compound = created(ids, "patrol:compounds", t.post("/api/v1/patrol/compounds", FRANKENBERG,
                compoundBody()));
        if (compound != null) {
            String base = "/api/v1/patrol/compounds/" + compound;
            created(ids, "patrol:resources", t.post(base + "/resources", FRANKENBERG, map("name", "Fahrzeug",
                    "kind", "VEHICLE", "monthlyFixed", 489.00, "perKm", 0.18)));
            created(ids, "patrol:officers", t.post(base + "/officers", FRANKENBERG, map("name", "Vollzug",
                    "homeAgs", FRANKENBERG_AGS, "weeklyHours", 40, "qualifications", List.of("Vollzugsdienst"))));
            created(ids, "patrol:places", t.post(base + "/places", FRANKENBERG, map("ags", FRANKENBERG_AGS,
                    "name", "Markt", "category", "MARKET_SQUARE", "latitude", 50.91, "longitude", 13.03, "priority", 4)));
            created(ids, "patrol:plans", t.post(base + "/plans", FRANKENBERG,
                    map("from", "2020-10-05", "to", "2020-10-11")));
        }

        String trainingProgramme = created(ids, "training:programmes", t.post("/api/v1/training/programmes", ADMIN,
                trainingProgramme()));
        if (trainingProgramme != null) {
            Answer p = t.get("/api/v1/training/programmes/" + trainingProgramme, ADMIN);
            if (p.json() != null && p.get("modules") != null && p.get("modules").size() > 0) {
                ids.put("training:modules", p.get("modules").get(0).get("id").asText());
            }
            created(ids, "training:cohorts", t.post("/api/v1/training/programmes/" + trainingProgramme + "/cohorts",
                    ADMIN, cohortBody()));
        }
        String course = created(ids, "training:courses", t.post("/api/v1/training/courses", ADMIN, courseBody()));
        String person = created(ids, "training:people", t.post("/api/v1/training/people", FRANKENBERG,
                map("municipality", FRANKENBERG_AGS, "firstName", "Anja", "lastName", "Albrecht",
                        "sector", "ADMINISTRATION")));
        created(ids, "training:enrolments", t.post("/api/v1/training/enrolments", FRANKENBERG,
                map("personId", person, "courseId", course)));

        ids.put("analysis:phases", "PREPARATION");
        ids.put("analysis:municipalities", FRANKENBERG_AGS);
        String analysis = created(ids, "analysis:analyses", t.post("/api/v1/analysis/analyses", FRANKENBERG,
                analysisDraft()));
        if (analysis != null) {
            created(ids, "analysis:surveys", t.post("/api/v1/analysis/analyses/" + analysis + "/survey", FRANKENBERG,
                    null));
        }
        ids.put("journey:stages", "COACHING");
        ids.put("journey:municipalities", FRANKENBERG_AGS);
        String coach = created(ids, "coaching:coaches", t.post("/api/v1/coaching/coaches", ADMIN, map("name",
                "Matrix Coach", "email", "coach@matrix.example", "regions", List.of("Mittelsachsen"), "topics", List.of(),
                "capacity", 5)));
        String assignment = created(ids, "coaching:assignments", t.post("/api/v1/coaching/assignments", ADMIN,
                map("municipality", FRANKENBERG_AGS, "coachId", coach, "coordinator", "Koordination Frankenberg",
                        "startedOn", "2026-01-05")));
        if (assignment != null) {
            created(ids, "coaching:sessions", t.post("/api/v1/coaching/assignments/" + assignment + "/sessions",
                    FRANKENBERG, map("date", "2026-01-06", "topics", List.of("Auftakt"))));
        }
        System.out.println("FrankenbergRecords: " + ids);
        return ids;
    }

    static String created(Map<String, String> ids, String key, Answer answer) {
        if (answer.status() != 201 || answer.json() == null || answer.get("id") == null) {
            System.out.println("FrankenbergRecords: could not create " + key + ": " + answer.status() + " "
                    + AuthorizationMatrixIT.abbreviate(answer.body()));
            return null;
        }
        String id = answer.get("id").asText();
        ids.put(key, id);
        return id;
    }

    /** Creation bodies that a Frankenberg user may send: others must be refused by authorization. */
    static Map<String, Object> creationBodies(Map<String, String> ids) {
        Map<String, Object> bodies = new HashMap<>();
        bodies.put("POST /agreements", agreementDraft());
        bodies.put("POST /agreements/purpose", purposeDraft());
        bodies.put("POST /councils", map("municipality", FRANKENBERG_AGS, "plannedOn", "2020-12-09"));
        bodies.put("POST /funding/applications", fundingApplication(ids.get("funding:programmes")));
        bodies.put("POST /patrol/compounds", compoundBody());
        bodies.put("POST /training/enrolments", map("personId", ids.get("training:people"),
                "courseId", ids.get("training:courses")));
        bodies.put("POST /patrol/compounds/{id}/places", map("ags", FRANKENBERG_AGS, "name", "Bahnhof",
                "category", "MARKET_SQUARE", "latitude", 50.92, "longitude", 13.04, "priority", 3));
        bodies.put("POST /patrol/compounds/{id}/logs", map("ags", FRANKENBERG_AGS, "start", "2021-03-01T08:00:00",
                "end", "2021-03-01T12:00:00", "officerIds", List.of(ids.getOrDefault("patrol:officers", "none")),
                "placeIds", List.of(ids.getOrDefault("patrol:places", "none")), "km", 10, "warnings", 0,
                "observations", "ruhig", "offences", List.of()));
        bodies.put("POST /training/people", map("municipality", FRANKENBERG_AGS, "firstName", "Bernd",
                "lastName", "Bauer", "sector", "ADMINISTRATION"));
        bodies.put("POST /analysis/analyses", analysisDraft());
        bodies.put("POST /analysis/area-profile/indicators", map("municipality", FRANKENBERG_AGS, "kind",
                "REGULATORY_OFFENCE", "name", "Ordnungswidrigkeiten Lärm", "unit", "Fälle", "source", "Ordnungsamt",
                "values", List.of(map("year", 2024, "value", 17))));
        bodies.put("POST /coaching/assignments/{id}/sessions", map("date", "2026-01-07", "topics", List.of("Matrix")));
        return bodies;
    }

    static Map<String, Object> analysisDraft() {
        return map("municipality", FRANKENBERG_AGS, "title", "Sicherheitsanalyse", "plannedStart", "2026-03-02");
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static Map<String, Object> agreementDraft() {
        return AgreementsIT.frankenbergDraft();
    }

    static Map<String, Object> purposeDraft() {
        return map("lead", FRANKENBERG_AGS, "partners", List.of(HAINICHEN_AGS), "purpose", "Shared enforcement service",
                "kind", "MANDATING");
    }

    static Map<String, Object> fundingProgramme() {
        int year = LocalDate.now().getYear();
        return map("year", year, "title", "Matrix programme " + System.nanoTime(), "budget", 100000.00,
                "windowOpens", LocalDate.now().minusDays(10).toString(),
                "windowCloses", LocalDate.now().plusDays(10).toString());
    }

    static Map<String, Object> fundingApplication(String programmeId) {
        int year = LocalDate.now().getYear();
        return map("programmeId", programmeId, "municipality", FRANKENBERG_AGS, "applicant", "Stadt Frankenberg/Sa.",
                "title", "Prävention in Frankenberg", "actionField", "Gewaltprävention", "location", "Frankenberg",
                "periodStart", year + "-02-01", "periodEnd", year + "-11-30",
                "description", map("problemDescription", "p", "causeAnalysis", "c", "goalsAndTargetGroups", "g",
                        "measures", "m", "implementation", "i", "evaluation", "e", "conclusions", "s"),
                "consultationDate", LocalDate.now().minusDays(30).toString(), "consultationReference", "LPR-MATRIX",
                "costPlan", List.of(map("category", "FEES", "description", "fees", "amount", 20000.00)),
                "requestedAmount", 15000.00, "ownContribution", 5000.00);
    }

    static Map<String, Object> compoundBody() {
        return map("name", "Vollzugsdienst Frankenberg", "leadAgs", FRANKENBERG_AGS, "startDate", "2020-09-01",
                "purposeAgreementId", "ZV Matrix", "members", List.of(
                        map("ags", FRANKENBERG_AGS, "contractedHoursPerMonth", 60),
                        map("ags", HAINICHEN_AGS, "contractedHoursPerMonth", 20)));
    }

    static Map<String, Object> trainingProgramme() {
        return map("title", "Fachkraft Matrix", "degree", "QUALIFICATION", "institution", "Landespräventionsrat Sachsen",
                "partTime", true, "distance", false, "admissionRequirements", List.of(),
                "modules", List.of(map("title", "Kriminologie", "creditHours", 32)));
    }

    static Map<String, Object> cohortBody() {
        LocalDate weekend = LocalDate.now().plusMonths(1);
        return map("title", "Durchgang Matrix", "intakeOn", weekend.toString(), "semesters", 2, "capacity", 5,
                "place", "Meißen", "fee", 0, "sessions", List.of(map("title", "Wochenende 1",
                        "startsOn", weekend.toString(), "endsOn", weekend.plusDays(1).toString())));
    }

    static Map<String, Object> courseBody() {
        return map("title", "Kurs Matrix", "targetGroups", List.of("MUNICIPAL_STAFF"), "format", "IN_PERSON",
                "capacity", 5, "fee", 0, "creditHours", 8,
                "sessions", List.of(map("title", "Tag 1", "startsOn", LocalDate.now().plusWeeks(2).toString())));
    }

}
