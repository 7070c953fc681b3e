package org.asskomm.platform.api.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.util.UUID;

import org.asskomm.platform.api.error.FieldError;
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
        assertError("agreementId", "must be a UUID", () -> QueryParams.uuid("agreementId", "not-a-uuid"));
        assertError("agreementId", "must be a UUID", () -> QueryParams.uuid("agreementId", "1-2-3-4-5"));
        assertError("agreementId", "must be a UUID", () -> QueryParams.uuid("agreementId", "'; DROP TABLE x; --"));
        assertError("id", "is required", () -> QueryParams.uuid("id", " "));
    }

    @Test
    public void aMissingBodyIsNamed() {
        Object body = new Object();
        assertSame(body, QueryParams.requiredBody("draft", body));
        assertError("draft", "is required", () -> QueryParams.requiredBody("draft", null));
    }

    @Test
    public void enumsNameTheAllowedValues() {
        assertEquals(Colour.GREEN, QueryParams.enumValue("colour", " green ", Colour.class));
        assertNull(QueryParams.enumValue("colour", "", Colour.class));
        assertError("colour", "must be one of [RED, GREEN]", () -> QueryParams.enumValue("colour", "BLUE", Colour.class));
    }

    @Test
    public void numbersAndDatesNameTheParameter() {
        assertEquals(Integer.valueOf(7), QueryParams.integer("year", "7"));
        assertError("year", "must be a whole number", () -> QueryParams.integer("year", "7x"));
        assertError("from", "must be a date (YYYY-MM-DD)", () -> QueryParams.date("from", "9.12.2020"));
    }

    private static void assertError(String field, String message, org.junit.function.ThrowingRunnable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(java.util.List.of(new FieldError(field, message)), e.errors());
        assertEquals(400, e.status());
    }
}
