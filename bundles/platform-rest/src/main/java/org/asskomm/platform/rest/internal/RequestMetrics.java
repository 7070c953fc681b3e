package org.asskomm.platform.rest.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

import org.osgi.service.component.annotations.Component;

/**
 * Request counts and latency histograms of {@code /api/v1} per endpoint (resource method template and HTTP method),
 * written in the Prometheus text exposition format. In memory, per node, since the node started. Immediate: the
 * instance of a delayed component is discarded whenever its last user releases it, and the counts would start
 * again from zero.
 */
@Component(service = RequestMetrics.class, immediate = true)
public class RequestMetrics {

    /** Upper bounds of the latency buckets, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    record Endpoint(String method, String path) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint o) {
            int byPath = path.compareTo(o.path);
            return byPath != 0 ? byPath : method.compareTo(o.method);
        }
    }

    private static final class Histogram {
        final LongAdder[] buckets = new LongAdder[BUCKETS.length];
        final DoubleAdder sum = new DoubleAdder();
        final LongAdder count = new LongAdder();
        /** by status class: "2xx", "4xx", ... */
        final ConcurrentMap<String, LongAdder> statuses = new ConcurrentHashMap<>();

        Histogram() {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }
    }

    private final ConcurrentMap<Endpoint, Histogram> endpoints = new ConcurrentHashMap<>();

    public void record(String method, String path, int status, long nanos) {
        Histogram h = endpoints.computeIfAbsent(new Endpoint(method, path), e -> new Histogram());
        double seconds = nanos / 1e9;
        for (int i = 0; i < BUCKETS.length; i++) {
            if (seconds <= BUCKETS[i]) {
                h.buckets[i].increment();
                break;
            }
        }
        h.sum.add(seconds);
        h.count.increment();
        h.statuses.computeIfAbsent(status / 100 + "xx", s -> new LongAdder()).increment();
    }

    public void writeTo(StringBuilder out) {
        Map<Endpoint, Histogram> sorted = new TreeMap<>(endpoints);
        out.append("# HELP asskomm_http_requests_total Requests to /api/v1 by endpoint, method and status class.\n")
                .append("# TYPE asskomm_http_requests_total counter\n");
        sorted.forEach((e, h) -> new TreeMap<>(h.statuses).forEach((status, n) -> out
                .append("asskomm_http_requests_total{").append(labels(e)).append(",status=\"").append(status)
                .append("\"} ").append(n.sum()).append('\n')));
        out.append("# HELP asskomm_http_request_duration_seconds Latency of requests to /api/v1 by endpoint and method.\n")
                .append("# TYPE asskomm_http_request_duration_seconds histogram\n");
        sorted.forEach((e, h) -> {
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += h.buckets[i].sum();
                out.append("asskomm_http_request_duration_seconds_bucket{").append(labels(e)).append(",le=\"")
                        .append(BUCKETS[i]).append("\"} ").append(cumulative).append('\n');
            }
            long count = h.count.sum();
            out.append("asskomm_http_request_duration_seconds_bucket{").append(labels(e)).append(",le=\"+Inf\"} ")
                    .append(count).append('\n');
            out.append("asskomm_http_request_duration_seconds_sum{").append(labels(e)).append("} ")
                    .append(h.sum.sum()).append('\n');
            out.append("asskomm_http_request_duration_seconds_count{").append(labels(e)).append("} ")
                    .append(count).append('\n');
        });
    }

    private static String labels(Endpoint e) {
        return "method=\"" + escape(e.method()) + "\",path=\"" + escape(e.path()) + "\"";
    }

    /** Label values escape backslash, double quote and line feed. */
    public static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
