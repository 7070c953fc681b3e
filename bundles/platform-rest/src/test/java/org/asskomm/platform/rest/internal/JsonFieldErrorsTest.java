package org.asskomm.platform.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.asskomm.platform.api.error.FieldError;
import org.junit.Test;

/** A body with several wrong fields names all of them, not only the first one Jackson trips over. */
public class JsonFieldErrorsTest {

    public enum Kind { A, B }

    public record Line(String text, int amount) {
    }

    public record Draft(String title, Integer year, Kind kind, LocalDate from, List<Line> lines, boolean urgent) {
    }

    @Test
    public void everyWrongFieldIsNamedAtOnce() {
        List<FieldError> errors = errors("{\"title\":{\"x\":1},\"year\":\"2025\",\"kind\":\"C\",\"from\":\"soon\","
                + "\"lines\":[{\"text\":\"ok\",\"amount\":1},{\"text\":5,\"amount\":\"x\"}],\"colour\":\"red\",\"urgent\":true}");
        assertEquals(errors.toString(), List.of("title", "year", "kind", "from", "lines[1].text", "lines[1].amount",
                "colour"), errors.stream().map(FieldError::field).collect(Collectors.toList()));
    }

    @Test
    public void oneWrongFieldIsOneErrorAndAGoodBodyReads() throws Exception {
        assertEquals(List.of("year"), errors("{\"title\":\"t\",\"year\":true,\"urgent\":false}").stream()
                .map(FieldError::field).toList());
        Draft ok = (Draft) read("{\"title\":\"t\",\"year\":2025,\"kind\":\"A\",\"lines\":[{\"text\":\"x\",\"amount\":2}],"
                + "\"urgent\":true}");
        assertEquals(2, ok.lines().get(0).amount());
    }

    @Test
    public void brokenJsonIsStillOneBodyError() {
        assertEquals(List.of("body"), errors("{\"title\":").stream().map(FieldError::field).toList());
        assertEquals(List.of("body"), errors("").stream().map(FieldError::field).toList());
    }

    private static Object read(String json) throws java.io.IOException {
        return Json.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                Json.MAPPER.constructType(Draft.class));
    }

    private static List<FieldError> errors(String json) {
        try {
            read(json);
        } catch (java.io.IOException e) {
            return Problems.fieldErrors(e);
        }
        fail("accepted " + json);
        return List.of();
    }
}
