package org.asskomm.bench.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** Samples the machine's 1-minute load average every 10 s, so that the results say how busy the machine was. */
final class LoadAverage {

    private final List<Double> samples = new CopyOnWriteArrayList<>();

    static LoadAverage start() {
        LoadAverage load = new LoadAverage();
        Thread t = new Thread(() -> {
            while (true) {
                try {
                    load.samples.add(Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
                    Thread.sleep(10_000);
                } catch (Exception e) {
                    return;
                }
            }
        }, "load-average");
        t.setDaemon(true);
        t.start();
        return load;
    }

    String summary() {
        double min = samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, "median %.1f, min %.1f, max %.1f (%d samples)", Table.median(samples), min, max,
                samples.size());
    }
}
