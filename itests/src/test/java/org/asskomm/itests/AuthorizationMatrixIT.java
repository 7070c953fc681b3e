package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * Every operation of the live OpenAPI document, called as every role against records owned by
 * Frankenberg, must answer what {@code authorization-matrix.csv} says: {@code allow} = the request
 * passed authorization (any status but 401/403/404, e.g. 200, 201, 400, 409), {@code deny} = 401, 403
 * or 404 (404 is how modules hide others' records). Never a 500. An operation without a row fails.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AuthorizationMatrixIT extends AsskommTestSupport {

    static final String FRANKENBERG_AGS = "14522150";
    static final String FLOEHA_AGS = "14522140";
    static final String HAINICHEN_AGS = "14522230";
    static final List<String> MODULES = List.of("agreements", "councils", "funding", "training", "patrol",
            "analysis", "coaching", "journey");
    /** Order of the columns in the matrix; deny-expected roles are sent first so writes that pass come last. */
    static final List<String> ROLES = List.of("anonymous", "viewer", "police", "police-dresden", "police-chemnitz",
            "other-municipality", "own-municipality", "lpr-admin");
    static final Map<String, String> USERS = new HashMap<>();
    /** Roles that must never reach a Frankenberg record: another municipality, police of another directorate. */
    static final Set<String> OUTSIDERS = Set.of("other-municipality", "police-dresden");
    /** Operations whose target the test does not create (a certificate needs a completed course). */
    static final Set<String> NOT_CREATED = Set.of("GET /training/enrolments/{id}/certificate",
            "GET /training/enrolments/{id}/certificate/pdf");
    static final String UNKNOWN_ID = "00000000-0000-0000-0000-000000000000";

    static {
        USERS.put("anonymous", null);
        USERS.put("viewer", VIEWER);
        USERS.put("police", POLICE);
        USERS.put("police-chemnitz", POLICE_CHEMNITZ);
        USERS.put("police-dresden", POLICE_DRESDEN);
        USERS.put("other-municipality", FLOEHA);
        USERS.put("own-municipality", FRANKENBERG);
        USERS.put("lpr-admin", ADMIN);
    }

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void everyModuleIsInstalledAndEnabled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(90));
        if (!features().isInstalled(features().getFeature("asskomm-all"))) {
            install("asskomm-all");
        }
        for (String module : MODULES) {
            awaitStatus("/api/v1/modules/" + module, 200, Duration.ofSeconds(60));
            for (String ags : List.of(FRANKENBERG_AGS, FLOEHA_AGS, HAINICHEN_AGS)) {
                enable(module, ags);
            }
        }
    }

    @Test
    public void everyOperationAnswersEveryRoleAsTheMatrixSays() throws Exception {
        Map<String, Map<String, String>> matrix = matrix();
        JsonNode paths = get("/api/v1/openapi.json", ADMIN).json().get("paths");
        Set<String> documented = new TreeSet<>();
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));

        Set<String> withoutRow = new TreeSet<>(documented);
        withoutRow.removeAll(matrix.keySet());
        assertTrue("operations without a row in authorization-matrix.csv: " + withoutRow, withoutRow.isEmpty());
        Set<String> staleRows = new TreeSet<>(matrix.keySet());
        staleRows.removeAll(documented);
        assertTrue("rows of authorization-matrix.csv without an operation: " + staleRows, staleRows.isEmpty());

        FrankenbergRecords records = new FrankenbergRecords(this);
        Map<String, String> ids = records.create();
        List<String> objectLevel = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        int requests = 0;
        for (String operation : documented) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            boolean allIdsKnown = !NOT_CREATED.contains(operation);
            String path = template;
            Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
            while (m.find()) {
                String value = ids.get(FrankenbergRecords.idKey(template, m.group(1)));
                if (value == null) {
                    allIdsKnown = false;
                    value = UNKNOWN_ID;
                }
                path = path.replace(m.group(), value);
            }
            for (String role : ROLES) {
                String expected = matrix.get(operation).get(role);
                Answer a = call(method, template, path, USERS.get(role), ids);
                requests++;
                String line = operation + " as " + role + " (" + path + "): expected " + expected + ", got "
                        + a.status() + " " + abbreviate(a.body());
                if (a.status() >= 500) {
                    errors.add(line);
                }
                boolean denied = a.status() == 401 || a.status() == 403 || a.status() == 404;
                if ("deny".equals(expected) && !denied) {
                    (OUTSIDERS.contains(role) && template.contains("{") ? objectLevel : mismatches).add(line);
                } else if ("allow".equals(expected) && denied) {
                    if (a.status() == 404 && !allIdsKnown) {
                        unverified.add(operation + " as " + role);
                    } else {
                        mismatches.add(line);
                    }
                }
                restoreAfter(method, template);
            }
        }
        System.out.println("AuthorizationMatrixIT: " + documented.size() + " operations x " + ROLES.size()
                + " roles, " + requests + " requests; allow cells not verifiable (no record for an id, 404): "
                + unverified.size() + " " + unverified);
        StringBuilder report = new StringBuilder();
        append(report, "BROKEN OBJECT-LEVEL AUTHORIZATION (another municipality or directorate reached Frankenberg's record)",
                objectLevel);
        append(report, "500 answers", errors);
        append(report, "other mismatches", mismatches);
        if (report.length() > 0) {
            fail(report.toString());
        }
    }

    private static void append(StringBuilder report, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            report.append('\n').append(title).append(" (").append(lines.size()).append("):\n");
            lines.forEach(l -> report.append("  ").append(l).append('\n'));
        }
    }

    static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "..." : body;
    }

    /** Sends one request of the matrix: creation bodies that would pass for Frankenberg, otherwise {}. */
    private Answer call(String method, String template, String path, String user, Map<String, String> ids) {
        String api = "/api/v1" + path;
        if (method.equals("GET") || method.equals("DELETE")) {
            return send(method, api, user, null, null);
        }
        if (path.endsWith("/documents")) {
            return send(method, api + "?filename=matrix.pdf", user,
                    "%PDF-1.4\n%matrix\n".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        }
        if (path.equals("/municipalities/import") || path.endsWith("/register")) {
            return send(method, api, user, "", "text/csv");
        }
        if (path.equals("/analysis/area-profile/imports")) {
            return send(method, api + "?level=MUNICIPALITY&municipality=" + FRANKENBERG_AGS
                    + "&year=2023&source=matrix&licence=matrix", user, "", "text/csv");
        }
        if (path.equals("/analysis/area-profile/indicators/import")) {
            return send(method, api + "?kind=SOCIAL&source=matrix&municipality=" + FRANKENBERG_AGS, user, "",
                    "text/csv");
        }
        Object body = FrankenbergRecords.creationBodies(ids).getOrDefault(method + " " + template, Map.of());
        return send(method, api, user, body, "application/json");
    }

    /** Disabling a module or uninstalling a feature as admin must not spoil the rest of the run. */
    private void restoreAfter(String method, String template) throws Exception {
        if (method.equals("DELETE") && template.startsWith("/municipalities/")) {
            enable("agreements", FRANKENBERG_AGS);
        }
        if (method.equals("DELETE") && template.startsWith("/platform/features/")) {
            if (!features().isInstalled(features().getFeature("asskomm-agreements"))) {
                install("asskomm-agreements");
            }
            awaitStatus("/api/v1/agreements", 200, Duration.ofSeconds(60));
            enable("agreements", FRANKENBERG_AGS);
        }
    }

    /** The matrix file: operation -> role -> allow/deny. */
    private Map<String, Map<String, String>> matrix() throws Exception {
        Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/authorization-matrix.csv"), StandardCharsets.UTF_8))) {
            String[] header = null;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                if (header == null) {
                    header = cells;
                    continue;
                }
                assertEquals("cells in " + line, header.length, cells.length);
                Map<String, String> row = new HashMap<>();
                for (int i = 1; i < cells.length; i++) {
                    assertTrue("allow or deny in " + line, Set.of("allow", "deny").contains(cells[i].trim()));
                    row.put(header[i].trim(), cells[i].trim());
                }
                matrix.put(cells[0].trim(), row);
            }
        }
        return matrix;
    }
}
