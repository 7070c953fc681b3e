package org.asskomm.platform.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

public class StorableTextTest {

    public record Person(String name, List<String> tags, Address address) {
    }

    public record Address(String street) {
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
        assertEquals("ok", Json.MAPPER.readValue("{\"name\":\"ok\",\"tags\":[],\"address\":null}", Person.class).name());
        assertField("{\"name\":\"a\\u0000\"}", "name");
        assertField("{\"name\":\"a\",\"tags\":[\"x\",\"\\ud800\"]}", "tags[1]");
        assertField("{\"address\":{\"street\":\"\\u0000\"}}", "address.street");
    }

    private static void assertField(String json, String field) {
        try {
            Json.MAPPER.readValue(json, Person.class);
            fail("accepted " + json);
        } catch (JsonProcessingException e) {
            assertEquals(List.of(new org.asskomm.platform.api.error.FieldError(field, StorableText.MESSAGE)),
                    Problems.fieldErrors(e));
        }
    }
}
