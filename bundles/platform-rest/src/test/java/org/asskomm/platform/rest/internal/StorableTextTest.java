package org.asskomm.platform.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

public class StorableTextTest {

    public record Person(String name, List<String> tags, Address address) {
    }

    public record Address(String street) {
    }

    /** What a plugin may accept: untyped values and maps, keys included. */
    public record Loose(Map<String, Object> extra, Object any, JsonNode tree, Map<String, Integer> counts) {
    }

    @Test
    public void nulAndUnpairedSurrogatesAreNotStorable() {
        assertTrue(StorableText.isStorable("Frankenberg/Sa. \uD83D\uDE00"));
        assertFalse(StorableText.isStorable("a\u0000b"));
        assertFalse(StorableText.isStorable("\uD800"));
        assertFalse(StorableText.isStorable("x\uDC00y"));
    }

    @Test
    public void jsonNamesTheFieldPathOfUnstorableText() throws Exception {
        assertEquals("ok", read("{\"name\":\"ok\",\"tags\":[],\"address\":null}", Person.class).name());
        assertField("{\"name\":\"a\\u0000\"}", "name");
        assertField("{\"name\":\"a\",\"tags\":[\"x\",\"\\ud800\"]}", "tags[1]");
        assertField("{\"address\":{\"street\":\"\\u0000\"}}", "address.street");
    }

    @Test
    public void untypedValuesAndMapKeysAreCheckedToo() throws Exception {
        Loose ok = read("{\"extra\":{\"k\":[\"v\"]},\"any\":{\"a\":\"b\"},\"tree\":{\"x\":\"y\"},"
                + "\"counts\":{\"n\":1}}", Loose.class);
        assertEquals(Map.of("k", List.of("v")), ok.extra());
        for (String json : List.of("{\"extra\":{\"k\":[\"\\u0000\"]}}", "{\"extra\":{\"k\\u0000\":1}}",
                "{\"any\":{\"a\":{\"b\\u0000\":2}}}", "{\"any\":\"\\ud800\"}", "{\"tree\":{\"x\":\"\\u0000\"}}",
                "{\"tree\":{\"x\\u0000\":\"y\"}}", "{\"counts\":{\"n\\u0000\":1}}")) {
            try {
                read(json, Loose.class);
                fail("accepted " + json);
            } catch (java.io.IOException e) {
                List<org.asskomm.platform.api.error.FieldError> errors = Problems.fieldErrors(e);
                assertEquals(json, 1, errors.size());
                assertEquals(json, StorableText.MESSAGE, errors.get(0).text());
                String field = json.substring(2, json.indexOf('"', 2));
                assertTrue(json + " named " + errors.get(0).field(), errors.get(0).field().startsWith(field));
            }
        }
    }

    private static <T> T read(String json, Class<T> type) throws java.io.IOException {
        return type.cast(Json.read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Json.MAPPER.constructType(type)));
    }

    private static void assertField(String json, String field) {
        try {
            read(json, Person.class);
            fail("accepted " + json);
        } catch (java.io.IOException e) {
            assertEquals(List.of(org.asskomm.platform.api.error.FieldError.of(field, StorableText.MESSAGE)),
                    Problems.fieldErrors(e));
        }
    }
}
