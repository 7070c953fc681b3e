package org.asskomm.platform.api.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.util.UUID;

import org.asskomm.platform.api.error.ValidationException;
import org.junit.Test;

/** Every malformed parameter is a 400 that names the parameter (and, for enums, the allowed values). */
public class QueryParamsTest {

    enum Colour { RED, GREEN }

    @Test
    public void uuidsParseAndAnythingElseIsNamed() {
        UUID id = UUID.randomUUID();
        assertEquals(id, QueryParams.uuid("id", id.toString()));
        assertEquals(id, QueryParams.uuid("id", " " + id.toString().toUpperCase() + " "));
        assertError("agreementId", "validation.uuid", () -> QueryParams.uuid("agreementId", "not-a-uuid"));
        assertError("agreementId", "validation.uuid", () -> QueryParams.uuid("agreementId", "1-2-3-4-5"));
        assertError("agreementId", "validation.uuid", () -> QueryParams.uuid("agreementId", "'; DROP TABLE x; --"));
        assertError("id", "validation.required", () -> QueryParams.uuid("id", " "));
    }

    @Test
    public void aMissingBodyIsNamed() {
        Object body = new Object();
        assertSame(body, QueryParams.requiredBody("draft", body));
        assertError("draft", "validation.required", () -> QueryParams.requiredBody("draft", null));
    }

    @Test
    public void enumsNameTheAllowedValues() {
        assertEquals(Colour.GREEN, QueryParams.enumValue("colour", " green ", Colour.class));
        assertNull(QueryParams.enumValue("colour", "", Colour.class));
        assertError("colour", "validation.oneOf", () -> QueryParams.enumValue("colour", "BLUE", Colour.class));
    }

    @Test
    public void numbersAndDatesNameTheParameter() {
        assertEquals(Integer.valueOf(7), QueryParams.integer("year", "7"));
        assertError("year", "validation.wholeNumber", () -> QueryParams.integer("year", "7x"));
        assertError("from", "validation.date", () -> QueryParams.date("from", "9.12.2020"));
    }

    private static void assertError(String field, String key, org.junit.function.ThrowingRunnable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(1, e.errors().size());
        assertEquals(field, e.errors().get(0).field());
        assertEquals(key, e.errors().get(0).text().key());
        assertEquals(400, e.status());
    }
}
