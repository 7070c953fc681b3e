package org.asskomm.jetty;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpFields;
import org.junit.Test;

public class ProblemErrorHandlerTest {

    @Test
    public void aRefusedRequestIsAProblem() {
        HttpFields fields = new HttpFields();
        ByteBuffer body = new ProblemErrorHandler().badMessageError(414, "URI Too Long", fields);
        assertEquals("application/problem+json", fields.get("Content-Type"));
        String json = StandardCharsets.UTF_8.decode(body).toString();
        assertTrue(json, json.startsWith("{\"type\":\"urn:asskomm:problem:http-414\",\"title\":\"Adresse zu lang\",\"status\":414,"));
    }
}
