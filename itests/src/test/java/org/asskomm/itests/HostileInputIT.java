package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends hostile input, generated from the OpenAPI request schemas, to every write operation as an LPR
 * admin (so that authorization passes and the parsers and validators are what is tested): wrong types,
 * missing and extra fields, huge strings and numbers, deep nesting, invalid UTF-8, unknown enum values,
 * path traversal and injection strings, non-JSON bodies and wrong content types. Every answer must be
 * below 500, every 4xx a problem+json, and an operation whose hostile requests were all rejected must
 * leave the record totals of every module and the audit log unchanged.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HostileInputIT extends AsskommTestSupport {

    static final List<String> MODULES = List.of("agreements", "councils", "funding", "training", "patrol",
            "analysis", "coaching", "journey");
    /** A list endpoint per record kind; their totals must not move when every request was rejected. */
    static final List<String> TOTALS = List.of("/agreements", "/agreements/purpose", "/agreements/consultations",
            "/councils", "/funding/applications", "/funding/programmes", "/patrol/compounds", "/training/courses",
            "/training/programmes", "/training/cohorts", "/training/people", "/training/enrolments",
            "/coaching/coaches", "/coaching/assignments",
            "/municipalities");
    static final List<String> NASTY_STRINGS = List.of("../../etc/passwd", "..\\..\\windows\\win.ini",
            "'; DROP TABLE agreements_agreement; --", "' OR '1'='1", "<script>alert(1)</script>",
            "${jndi:ldap://example.invalid/a}", "\u0000\u202e\uFEFF", "%00%2e%2e%2f");
    static final List<String> NASTY_PATH_PARAMETERS = List.of("../../etc/passwd", "' OR '1'='1", "x".repeat(1000), "%00",
            "\u0000");
    /**
     * The share of the hostile requests sent per operation ({@code -Dasskomm.hostile.share=0.1}: every 10th), so that
     * the PostgreSQL pass of .ci/run stays short; requests with a NUL are always sent (PostgreSQL refuses NUL).
     */
    static final int STRIDE = (int) Math.max(1, Math.round(1 / Double.parseDouble(
            System.getProperty("asskomm.hostile.share", "1"))));
    static final String HUGE = "x".repeat(100_000);
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private int requests;
    private int skipped;
    private int perOperation;
    private final List<String> failures = new ArrayList<>();

    @Configuration
    public Option[] config() {
        return baseOptions(org.ops4j.pax.exam.CoreOptions.systemProperty("asskomm.hostile.share")
                .value(System.getProperty("asskomm.hostile.share", "1")));
    }

    @Before
    public void everyModuleIsInstalledAndEnabled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(90));
        if (!features().isInstalled(features().getFeature("asskomm-all"))) {
            install("asskomm-all");
        }
        for (String module : MODULES) {
            awaitStatus("/api/v1/modules/" + module, 200, Duration.ofSeconds(60));
            for (String ags : List.of(FrankenbergRecords.FRANKENBERG_AGS, FrankenbergRecords.FLOEHA_AGS,
                    FrankenbergRecords.HAINICHEN_AGS)) {
                enable(module, ags);
            }
        }
    }

    @Test
    public void hostileInputNeverCrashesAndNeverChangesData() throws Exception {
        JsonNode openApi = get("/api/v1/openapi.json", ADMIN).json();
        Map<String, String> ids = new FrankenbergRecords(this).create();
        long started = System.nanoTime();
        int operations = 0;
        Iterator<Map.Entry<String, JsonNode>> paths = openApi.get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> entry = paths.next();
            String template = entry.getKey();
            Iterator<Map.Entry<String, JsonNode>> methods = entry.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> op = methods.next();
                String method = op.getKey().toUpperCase();
                if (method.equals("GET")) {
                    nulInEveryParameter(template, op.getValue(), ids);
                    continue;
                }
                operations++;
                attack(openApi, method, template, op.getValue(), ids);
            }
        }
        System.out.println("HostileInputIT: " + requests + " hostile requests (" + skipped + " skipped, share 1/"
                + STRIDE + ") to " + operations + " write operations and NUL in every GET parameter in " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
        if (!failures.isEmpty()) {
            fail(failures.size() + " failures:\n  " + String.join("\n  ", failures));
        }
    }

    @Test
    public void aBodyAboveTheLimitIsRefusedWith413() {
        byte[] twelveMiB = new byte[12 * 1024 * 1024];
        java.util.Arrays.fill(twelveMiB, (byte) ' ');
        Map<String, Long> before = totals();
        Answer a = send("POST", "/api/v1/agreements", ADMIN, twelveMiB, "application/json");
        assertEquals(a.body(), 413, a.status());
        assertTrue(a.contentType(), a.contentType().startsWith("application/problem+json"));
        assertEquals(before, totals());
    }

    @Test
    public void repeatedFailedLoginsDelayTheUserNameFromThatSource() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (int i = 0; i < 6; i++) {
            assertEquals(401, basic(client, VIEWER, "guess-" + i));
        }
        assertEquals("the right password waits for the delay (429 login-throttled)", 429,
                basic(client, VIEWER, PASSWORD));
        assertEquals("other users are not affected", 200, get("/api/v1/modules", FRANKENBERG).status());
    }

    private int basic(java.net.http.HttpClient client, String user, String password) throws Exception {
        String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/api/v1/modules"))
                .header("Authorization", "Basic " + credentials).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A read: NUL in each path parameter and each query parameter the OpenAPI document names. */
    private void nulInEveryParameter(String template, JsonNode operation, Map<String, String> ids) {
        perOperation = 0;
        if (template.contains("{")) {
            check("GET", template, "/api/v1" + template.replaceAll("\\{\\w+}", "%00"), null, null, "NUL in the path");
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("query")) {
                String name = parameter.get("name").asText();
                check("GET", template, "/api/v1" + resolve(template, ids) + "?" + name + "=%00", null, null,
                        "NUL in query parameter " + name);
            }
        }
    }

    private void attack(JsonNode openApi, String method, String template, JsonNode operation, Map<String, String> ids) {
        perOperation = 0;
        String path = "/api/v1" + resolve(template, ids);
        Map<String, Long> before = totals();
        boolean anyAccepted = false;
        // hostile path parameters: never the real record, so nothing may change
        for (String nasty : template.contains("{") ? NASTY_PATH_PARAMETERS : List.<String>of()) {
            String hostilePath = "/api/v1" + template.replaceAll("\\{\\w+}",
                    URLEncoder.encode(nasty, StandardCharsets.UTF_8).replace("+", "%20"));
            anyAccepted |= check(method, template, hostilePath, null, null, nasty.equals("\u0000") ? "NUL path parameter" : "path parameter " + abbreviate(nasty));
        }
        JsonNode requestBody = operation.get("requestBody");
        if (requestBody != null) {
            Map.Entry<String, JsonNode> content = requestBody.get("content").fields().next();
            String mediaType = content.getKey();
            if (mediaType.contains("json")) {
                for (Map.Entry<String, Object> hostile : jsonAttacks(openApi, content.getValue().get("schema")).entrySet()) {
                    anyAccepted |= check(method, template, path, hostile.getValue(), "application/json", hostile.getKey());
                }
                anyAccepted |= check(method, template, path, "{\"a\":1}", "text/plain", "wrong content type text/plain");
                anyAccepted |= check(method, template, path, "<a/>", "application/xml", "wrong content type xml");
            } else {
                for (Map.Entry<String, Object> hostile : rawAttacks(mediaType).entrySet()) {
                    String target = path.endsWith("/documents") ? path + "?filename="
                            + URLEncoder.encode(hostile.getKey().startsWith("name:") ? hostile.getKey().substring(5)
                            : "a.pdf", StandardCharsets.UTF_8) : path;
                    anyAccepted |= check(method, template, target, hostile.getValue(), mediaType, hostile.getKey());
                }
                anyAccepted |= check(method, template, path, "{}", "application/json", "wrong content type json");
            }
        }
        if (!anyAccepted) {
            Map<String, Long> after = totals();
            if (!after.equals(before)) {
                failures.add(method + " " + template + ": rejected requests changed the data: " + before + " -> " + after);
            }
        }
    }

    /** Sends one hostile request; returns whether it was accepted (2xx). */
    private boolean check(String method, String template, String path, Object body, String contentType, String what) {
        if (!what.contains("NUL") && perOperation++ % STRIDE != 0) {
            skipped++;
            return false;
        }
        Answer a;
        try {
            a = send(method, path, ADMIN, body, contentType);
        } catch (IllegalStateException e) {
            failures.add(method + " " + template + " [" + what + "]: no answer: " + e.getMessage());
            return false;
        }
        requests++;
        String where = method + " " + template + " [" + what + "]: " + a.status() + " " + abbreviate(a.body());
        if (what.contains("NUL") && a.status() == 400 && a.body().contains("Bad Message")) {
            // %00 in the path: Jetty refuses the URI before any servlet (plain HTML, no problem+json)
            return false;
        }
        if (a.status() >= 500) {
            failures.add(where);
        } else if (a.status() >= 400 && !a.contentType().startsWith("application/problem+json")) {
            failures.add(where + " (content type " + a.contentType() + ")");
        } else if (a.status() >= 400 && (a.json() == null || a.get("title") == null || a.get("status") == null)) {
            failures.add(where + " (no useful problem)");
        }
        return a.status() < 300;
    }

    private Map<String, Long> totals() {
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String list : TOTALS) {
            Answer a = get("/api/v1" + list + "?limit=1", ADMIN);
            totals.put(list, a.json() != null && a.get("total") != null ? a.get("total").asLong() : -a.status());
        }
        long audit = get("/api/v1/audit?limit=1", ADMIN).get("total").asLong();
        // failed logins and permission denials are audited by design: they are not changes of data
        for (String action : List.of("LOGIN_FAILED", "ACCESS_DENIED", "MODULE_NOT_ENABLED")) {
            audit -= get("/api/v1/audit?limit=1&action=" + action, ADMIN).get("total").asLong();
        }
        totals.put("audit (without failed logins and denials)", audit);
        return totals;
    }

    private static String resolve(String template, Map<String, String> ids) {
        String path = template;
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(template);
        while (m.find()) {
            String value = ids.getOrDefault(FrankenbergRecords.idKey(template, m.group(1)),
                    AuthorizationMatrixIT.UNKNOWN_ID);
            path = path.replace(m.group(), value);
        }
        return path;
    }

    // ---- generation from the schema ----------------------------------------------------------------

    /** Hostile JSON bodies by description: String bodies are sent as they are, byte[] as raw bytes. */
    static Map<String, Object> jsonAttacks(JsonNode openApi, JsonNode schema) {
        Map<String, Object> attacks = new LinkedHashMap<>();
        JsonNode resolved = deref(openApi, schema);
        JsonNode valid = example(openApi, schema, 0);
        attacks.put("empty body", "");
        attacks.put("not JSON", "this is not json");
        attacks.put("JSON null", "null");
        attacks.put("JSON number", "123");
        attacks.put("JSON string", "\"text\"");
        attacks.put("truncated JSON", "{\"a\": [1, 2");
        attacks.put("array instead of object", "[]");
        attacks.put("deeply nested arrays", "[".repeat(5000) + "]".repeat(5000));
        attacks.put("deeply nested objects", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000));
        attacks.put("huge number", "{\"n\": 1" + "0".repeat(5000) + "}");
        attacks.put("empty object", "{}");
        attacks.put("invalid UTF-8", invalidUtf8(valid));
        ObjectNode extra = valid.isObject() ? ((ObjectNode) valid.deepCopy()) : NODES.objectNode();
        extra.put("unexpectedField", "surprise");
        attacks.put("extra field", extra.toString());
        JsonNode properties = resolved.get("properties");
        if (properties == null || !valid.isObject()) {
            return attacks;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = properties.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode fieldSchema = deref(openApi, field.getValue());
            String type = fieldSchema.path("type").asText("object");
            ObjectNode missing = (ObjectNode) valid.deepCopy();
            missing.remove(name);
            attacks.put("missing " + name, missing.toString());
            attacks.put("wrong type for " + name, with(valid, name, wrongValue(type)));
            attacks.put("null " + name, with(valid, name, NODES.nullNode()));
            attacks.put("nested garbage in " + name, valid.toString().replace("\"" + name + "\":",
                    "\"" + name + "\":" + "[".repeat(3000)).replaceFirst("}$", "]".repeat(3000) + "}"));
            switch (type) {
                case "string" -> {
                    if (fieldSchema.has("enum")) {
                        attacks.put("unknown enum value for " + name, with(valid, name, NODES.textNode("NO_SUCH_VALUE")));
                    } else if (fieldSchema.has("format")) {
                        attacks.put("malformed " + fieldSchema.get("format").asText() + " in " + name,
                                with(valid, name, NODES.textNode("2021-02-30T99:99")));
                    }
                    attacks.put("huge string in " + name, with(valid, name, NODES.textNode(HUGE)));
                    attacks.put("NUL in " + name, with(valid, name, NODES.textNode("a\u0000b")));
                    for (String nasty : NASTY_STRINGS) {
                        attacks.put(abbreviate(nasty) + " in " + name, with(valid, name, NODES.textNode(nasty)));
                    }
                }
                case "integer", "number" -> {
                    attacks.put("negative " + name, with(valid, name, NODES.numberNode(-1)));
                    attacks.put("int overflow " + name, with(valid, name, NODES.numberNode(2_147_483_648L)));
                    attacks.put("long overflow " + name, valid.toString().replace("\"" + name + "\":",
                            "\"" + name + "\":99999999999999999999999999999999,\"ignored" + name + "\":"));
                    attacks.put("1e400 in " + name, with(valid, name, NODES.numberNode(new java.math.BigDecimal("1e400"))));
                    attacks.put("fraction in " + name, with(valid, name, NODES.numberNode(new java.math.BigDecimal("0.0000001"))));
                }
                case "array" -> {
                    ArrayNode many = NODES.arrayNode();
                    for (int i = 0; i < 10_000; i++) {
                        many.add(example(openApi, fieldSchema.get("items"), 1));
                    }
                    attacks.put("10000 items in " + name, with(valid, name, many));
                    ArrayNode wrongItems = NODES.arrayNode().add(NODES.objectNode()).add(123).add("x");
                    attacks.put("wrong items in " + name, with(valid, name, wrongItems));
                }
                default -> {
                }
            }
        }
        return attacks;
    }

    static Map<String, Object> rawAttacks(String mediaType) {
        Map<String, Object> attacks = new LinkedHashMap<>();
        attacks.put("empty body", new byte[0]);
        attacks.put("name:../../etc/passwd", "%PDF-1.4\n%hostile\n".getBytes(StandardCharsets.US_ASCII));
        attacks.put("name:" + "a".repeat(5000) + ".pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        attacks.put("name:<script>.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        attacks.put("invalid UTF-8", new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 0x0A});
        attacks.put("CSV injection", ("ags;name;population\n'; DROP TABLE x; --;=cmd|' /C calc'!A0;-1\n")
                .getBytes(StandardCharsets.UTF_8));
        attacks.put("huge line", ("a;" + HUGE + "\n").getBytes(StandardCharsets.UTF_8));
        attacks.put("binary garbage", new byte[] {0, 1, 2, 3, (byte) 0x80, (byte) 0x81, 0, 0x7F});
        attacks.put("JSON instead of " + mediaType, "{\"a\": 1}".getBytes(StandardCharsets.UTF_8));
        return attacks;
    }

    private static String with(JsonNode valid, String field, JsonNode value) {
        ObjectNode copy = (ObjectNode) valid.deepCopy();
        copy.set(field, value);
        return copy.toString();
    }

    private static JsonNode wrongValue(String type) {
        return switch (type) {
            case "string" -> NODES.objectNode().put("nested", "object");
            case "integer", "number" -> NODES.textNode("twelve");
            case "boolean" -> NODES.textNode("maybe");
            case "array" -> NODES.textNode("not an array");
            default -> NODES.numberNode(42);
        };
    }

    private static byte[] invalidUtf8(JsonNode valid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("{\"".getBytes(StandardCharsets.US_ASCII));
        String first = valid.isObject() && valid.fieldNames().hasNext() ? valid.fieldNames().next() : "a";
        out.writeBytes(first.getBytes(StandardCharsets.UTF_8));
        out.writeBytes("\":\"".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xF0, 0x28, (byte) 0x8C, 0x28});
        out.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static JsonNode deref(JsonNode openApi, JsonNode schema) {
        if (schema != null && schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return openApi.get("components").get("schemas").get(name);
        }
        return schema == null ? NODES.objectNode() : schema;
    }

    /** A plausible value for a schema (the base that each attack spoils in one place). */
    static JsonNode example(JsonNode openApi, JsonNode schema, int depth) {
        JsonNode s = deref(openApi, schema);
        String type = s.path("type").asText("object");
        String format = s.path("format").asText("");
        switch (type) {
            case "string":
                if (s.has("enum")) {
                    return s.get("enum").get(0);
                }
                return NODES.textNode(switch (format) {
                    case "date" -> "2021-03-01";
                    case "date-time" -> "2021-03-01T10:00:00";
                    case "time" -> "10:00:00";
                    case "uuid" -> AuthorizationMatrixIT.UNKNOWN_ID;
                    default -> "text";
                });
            case "integer":
                return NODES.numberNode(1);
            case "number":
                return NODES.numberNode(new java.math.BigDecimal("1.00"));
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                ArrayNode array = NODES.arrayNode();
                if (depth < 3) {
                    array.add(example(openApi, s.get("items"), depth + 1));
                }
                return array;
            default:
                ObjectNode object = NODES.objectNode();
                JsonNode properties = s.get("properties");
                if (properties != null && depth < 4) {
                    properties.fields().forEachRemaining(f -> object.set(f.getKey(),
                            example(openApi, f.getValue(), depth + 1)));
                }
                return object;
        }
    }

    private static String abbreviate(String s) {
        return AuthorizationMatrixIT.abbreviate(s.replace("\n", " "));
    }
}
