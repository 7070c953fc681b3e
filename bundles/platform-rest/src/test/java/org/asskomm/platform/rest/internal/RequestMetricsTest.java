package org.asskomm.platform.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import javax.ws.rs.Path;

import org.junit.Test;

public class RequestMetricsTest {

    /** A module resource: its application is at /councils, the resource at its root. */
    @Path("/")
    static class Councils {
        @Path("{id}/members/{memberId: [0-9]+}/")
        public void member() {
        }
    }

    @Test
    public void countsByStatusClassAndCumulatesTheLatencyBuckets() {
        RequestMetrics metrics = new RequestMetrics();
        metrics.record("GET", "/councils/{id}", 200, 3_000_000);     // 3 ms
        metrics.record("GET", "/councils/{id}", 404, 30_000_000);    // 30 ms
        metrics.record("GET", "/councils/{id}", 200, 20_000_000_000L); // 20 s: only in +Inf
        StringBuilder out = new StringBuilder();
        metrics.writeTo(out);
        String text = out.toString();
        String labels = "method=\"GET\",path=\"/councils/{id}\"";
        assertTrue(text, text.contains("asskomm_http_requests_total{" + labels + ",status=\"2xx\"} 2\n"));
        assertTrue(text, text.contains("asskomm_http_requests_total{" + labels + ",status=\"4xx\"} 1\n"));
        assertTrue(text, text.contains("asskomm_http_request_duration_seconds_bucket{" + labels + ",le=\"0.005\"} 1\n"));
        assertTrue(text, text.contains("asskomm_http_request_duration_seconds_bucket{" + labels + ",le=\"0.05\"} 2\n"));
        assertTrue(text, text.contains("asskomm_http_request_duration_seconds_bucket{" + labels + ",le=\"10.0\"} 2\n"));
        assertTrue(text, text.contains("asskomm_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} 3\n"));
        assertTrue(text, text.contains("asskomm_http_request_duration_seconds_count{" + labels + "} 3\n"));
        assertTrue(text, text.contains("# TYPE asskomm_http_request_duration_seconds histogram\n"));
    }

    @Test
    public void requestIdsAreEightHexDigits() {
        for (int i = 0; i < 1000; i++) {
            String id = RequestMetricsFilter.randomId();
            assertTrue(id, id.matches("[0-9a-f]{8}"));
        }
    }

    @Test
    public void escapesLabelValues() {
        assertEquals("a\\\"b\\\\c\\n", RequestMetrics.escape("a\"b\\c\n"));
    }

    @Test
    public void theTemplateJoinsClassAndMethodPathsWithoutRegexes() throws Exception {
        assertEquals("/councils/{id}/members/{memberId}", RequestMetricsFilter.template("/councils/",
                Councils.class.getAnnotation(Path.class), Councils.class.getMethod("member").getAnnotation(Path.class)));
        assertEquals("/councils", RequestMetricsFilter.template("/councils/", Councils.class.getAnnotation(Path.class), null));
        assertEquals("/councils/{id}/members/{memberId}", RequestMetricsFilter.template("/councils",
                Councils.class.getAnnotation(Path.class), Councils.class.getMethod("member").getAnnotation(Path.class)));
        assertEquals("/", RequestMetricsFilter.template("", null, null));
    }
}
