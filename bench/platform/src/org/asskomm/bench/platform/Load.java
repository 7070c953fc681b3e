package org.asskomm.bench.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A closed-loop load generator: N threads, one connection each, for a fixed time; counts and latencies. */
public final class Load {

    /** What one client thread does per iteration; returns the number of requests it made that failed. */
    @FunctionalInterface
    public interface Step {
        int run(HttpConnection connection, int client, long iteration) throws Exception;
    }

    /** Result of one load run. */
    public record Result(long requests, long errors, double seconds, double p50Millis, double p99Millis,
                         String firstError) {
        public double perSecond() {
            return requests / seconds;
        }
    }

    /** Thrown by a step when its work queue is empty: ends that client without counting an error. */
    public static final class Done extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private Load() {
    }

    /**
     * Runs the step in {@code clients} threads for warm-up plus measured seconds; only the measured period
     * counts. {@code requestsPerStep} is how many HTTP requests one step makes (latency is per step).
     */
    public static Result run(int clients, double warmupSeconds, double seconds, int requestsPerStep,
                             java.util.function.IntFunction<HttpConnection> connections, Step step)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long end = measureFrom + (long) (seconds * 1e9);
        long[][] latencies = new long[clients][];
        long[] counts = new long[clients];
        long[] errors = new long[clients];
        String[] firstError = new String[1];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                try (HttpConnection connection = connections.apply(client)) {
                    for (long i = 0; !stop.get(); i++) {
                        long t0 = System.nanoTime();
                        int failed;
                        try {
                            failed = step.run(connection, client, i);
                        } catch (Done done) {
                            break;
                        } catch (Exception e) {
                            failed = requestsPerStep;
                            synchronized (firstError) {
                                if (firstError[0] == null) {
                                    firstError[0] = e.toString();
                                }
                            }
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom && t1 <= end) {
                            if (n == lat.length) {
                                lat = Arrays.copyOf(lat, n * 2);
                            }
                            lat[n++] = t1 - t0;
                            counts[client] += requestsPerStep;
                            errors[client] += failed;
                        }
                        if (t1 > end) {
                            break;
                        }
                    }
                }
                latencies[client] = Arrays.copyOf(lat, n);
            }, "load-" + c);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis((long) (warmupSeconds + seconds) + 120));
        }
        stop.set(true);
        long[] all = Arrays.stream(latencies).filter(a -> a != null).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(Arrays.stream(counts).sum(), Arrays.stream(errors).sum(), seconds,
                percentile(all, 0.50) / 1e6, percentile(all, 0.99) / 1e6, firstError[0]);
    }

    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
