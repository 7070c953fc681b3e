package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.junit.After;
import org.junit.Test;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The contract of issue 19: the live {@code /api/v1/openapi.json} of a distribution with every module is valid
 * OpenAPI 3.0.3 for swagger-parser (0 messages), has unique schema names and operation ids and a summary per
 * operation; a Java client generated from it by openapi-generator (library {@code native}) compiles, and a
 * scenario written against that client ({@code src/test/resources/openapi-client/ClientScenario.java}) creates,
 * reads and moves records of every module through it. Runs outside Pax Exam (a real {@code bin/karaf}), since the
 * generator is no OSGi bundle.
 */
public class OpenApiClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private KarafProcess karaf;

    @After
    public void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void aGeneratedClientRunsEveryModule() throws Exception {
        karaf = KarafProcess.unpack(Path.of("target", "openapi-client-it")).withModules("asskomm-agreements",
                "asskomm-councils", "asskomm-funding", "asskomm-training", "asskomm-patrol");
        KarafProcess.freshPostgresDatabase().ifPresent(url -> {
            try {
                karaf.usePostgres(url);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        karaf.startAndAwait("/api/v1/modules/agreements", "/api/v1/modules/councils", "/api/v1/modules/funding",
                "/api/v1/modules/training", "/api/v1/modules/patrol");
        // a module's REST application is served a moment after the module answers: wait for all five in the document
        String document = "";
        for (long deadline = System.nanoTime() + 60_000_000_000L; System.nanoTime() < deadline; Thread.sleep(500)) {
            document = karaf.call("GET", "/api/v1/openapi.json", KarafProcess.ADMIN, null).body();
            JsonNode paths = JSON.readTree(document).path("paths");
            if (Stream.of("/agreements", "/councils", "/funding/applications", "/training/courses",
                    "/patrol/compounds").allMatch(paths::has)) {
                break;
            }
        }
        Path work = Path.of("target", "openapi-client-it-client").toAbsolutePath();
        KarafProcess.deleteTree(work);
        Files.createDirectories(work);
        Path spec = work.resolve("openapi.json");
        Files.writeString(spec, document);

        validate(document);
        long started = System.nanoTime();
        generate(spec, work.resolve("client"));
        long generated = System.nanoTime();
        Path classes = compile(work.resolve("client"), work.resolve("classes"));
        long compiled = System.nanoTime();
        String log = run(classes, karaf.baseUrl());
        System.out.printf("OpenApiClientIT: generated in %d ms, compiled in %d ms, scenario:%n%s%n",
                (generated - started) / 1_000_000, (compiled - generated) / 1_000_000, log);
    }

    /** swagger-parser finds nothing to report; names and ids are unique; every operation has a summary. */
    private static void validate(String document) throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(document, null, options);
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
        System.out.println("OpenApiClientIT: swagger-parser " + messages.size() + " messages " + messages);
        assertTrue("swagger-parser: " + messages, messages.isEmpty());
        assertEquals("3.0.3", result.getOpenAPI().getOpenapi());

        JsonNode doc = JSON.readTree(document);
        Set<String> collisions = new TreeSet<>();
        doc.get("components").get("schemas").fieldNames().forEachRemaining(name -> {
            if (name.matches(".*_\\d+$")) {
                collisions.add(name);
            }
        });
        System.out.println("OpenApiClientIT: " + doc.get("components").get("schemas").size() + " schemas, "
                + collisions.size() + " name collisions " + collisions);
        assertTrue("schema names that collided: " + collisions, collisions.isEmpty());
        for (String shared : List.of("FundingDecisionRequest", "CouncilsDecisionRequest", "PatrolMemberRequest",
                "CouncilsMemberRequest", "TrainingProgrammeRequest", "FundingProgrammeRequest", "Problem")) {
            assertTrue("schema " + shared, doc.get("components").get("schemas").has(shared));
        }
        assertEquals("#/components/schemas/FundingDecisionRequest", doc.at(
                "/paths/~1funding~1applications~1{id}~1decision/post/requestBody/content/application~1json/schema/$ref")
                .asText());
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : iterable(doc.get("paths"))) {
            for (Map.Entry<String, JsonNode> op : iterable(path.getValue())) {
                operations++;
                String id = op.getValue().path("operationId").asText();
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                if (!ids.add(id) || id.matches(".*_\\d+$")) {
                    problems.add(where + ": operationId " + id + " is not unique");
                }
                if (op.getValue().path("summary").asText().equals(id)) {
                    problems.add(where + ": no summary (@Doc)");
                }
            }
        }
        for (JsonNode parameter : doc.at("/paths/~1funding~1applications/get/parameters")) {
            if (parameter.get("name").asText().equals("year")) {
                assertEquals("integer", parameter.at("/schema/type").asText());
            }
            if (parameter.get("name").asText().equals("status")) {
                assertTrue(parameter.at("/schema/enum").isArray());
            }
        }
        assertTrue(doc.at("/paths/~1funding~1applications/post/responses").has("201"));
        System.out.println("OpenApiClientIT: " + operations + " operations, " + ids.size() + " operation ids");
        assertTrue(String.join("\n", problems), problems.isEmpty());
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        node.fields().forEachRemaining(entries::add);
        return entries;
    }

    private static void generate(Path spec, Path out) {
        CodegenConfigurator config = new CodegenConfigurator()
                .setGeneratorName("java")
                .setLibrary("native")
                .setInputSpec(spec.toUri().toString())
                .setOutputDir(out.toString())
                .setApiPackage("org.asskomm.client.api")
                .setModelPackage("org.asskomm.client.model")
                .setInvokerPackage("org.asskomm.client")
                .addAdditionalProperty("useJakartaEe", true)
                .addAdditionalProperty("openApiNullable", false)
                // an unset list stays null (the module's default) instead of an empty list that overrides it
                .addAdditionalProperty("containerDefaultToNull", true)
                .addAdditionalProperty("hideGenerationTimestamp", true)
                .addAdditionalProperty("dateLibrary", "java8");
        config.addGlobalProperty("apiTests", "false");
        config.addGlobalProperty("modelTests", "false");
        config.addGlobalProperty("apiDocs", "false");
        config.addGlobalProperty("modelDocs", "false");
        List<File> files = new DefaultGenerator().opts(config.toClientOptInput()).generate();
        System.out.println("OpenApiClientIT: openapi-generator wrote " + files.size() + " files");
    }

    /** Compiles the generated client and the scenario with javax.tools; fails with the compiler's messages. */
    private static Path compile(Path client, Path classes) throws Exception {
        Path scenario = client.resolve("src/main/java/ClientScenario.java");
        try (InputStream in = OpenApiClientIT.class.getResourceAsStream("/openapi-client/ClientScenario.java")) {
            Files.write(scenario, in.readAllBytes());
        }
        List<File> sources;
        try (Stream<Path> walk = Files.walk(client.resolve("src/main/java"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(null, files, diagnostics, List.of("-d", classes.toString(), "-classpath",
                    testClassPath(), "-proc:none", "-nowarn", "-encoding", "UTF-8"), null,
                    files.getJavaFileObjectsFromFiles(sources)).call();
            StringBuilder errors = new StringBuilder();
            diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                    .limit(30).forEach(d -> errors.append(d).append('\n'));
            assertTrue("the generated client does not compile:\n" + errors, ok);
        }
        System.out.println("OpenApiClientIT: compiled " + sources.size() + " sources");
        return classes;
    }

    private static String testClassPath() {
        String path = System.getProperty("surefire.test.class.path");
        return path == null || path.isBlank() ? System.getProperty("java.class.path") : path;
    }

    private static String run(Path classes, String baseUrl) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                OpenApiClientIT.class.getClassLoader())) {
            Class<?> scenario = loader.loadClass("ClientScenario");
            return (String) scenario.getMethod("run", String.class, String.class, String.class)
                    .invoke(null, baseUrl + "/api/v1", KarafProcess.ADMIN, KarafProcess.PASSWORD);
        }
    }
}
