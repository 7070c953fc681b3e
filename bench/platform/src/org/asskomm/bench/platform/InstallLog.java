package org.asskomm.bench.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * What Karaf's features service did, read from the {@code data/log/karaf.log} lines it wrote: its deployer logs
 * a heading ("Stopping bundles:", "Refreshing bundles:", "Starting bundles:", ...) followed by one indented line
 * per bundle. A refresh or restart of an already running bundle always shows under Stopping, Refreshing,
 * Updating or Uninstalling.
 */
public record InstallLog(List<String> started, List<String> stoppedOrRefreshed) {

    public static InstallLog parse(List<String> lines) {
        List<String> started = new ArrayList<>();
        List<String> touched = new ArrayList<>();
        String section = "";
        for (String line : lines) {
            if (!line.contains("FeaturesServiceImpl") && !line.contains("Deployer")) {
                continue;
            }
            int bar = line.lastIndexOf(" | ");
            String message = bar < 0 ? line : line.substring(bar + 3);
            if (message.startsWith("  ") && !message.isBlank()) {
                String bundle = message.trim();
                switch (section) {
                    case "Starting bundles:" -> started.add(bundle);
                    case "Stopping bundles:", "Refreshing bundles:", "Updating bundles:", "Uninstalling bundles:" ->
                            touched.add(section.split(" ")[0] + " " + bundle);
                    default -> {
                        // other listings: features, changes to perform, installing bundles
                    }
                }
            } else {
                section = message.trim();
            }
        }
        return new InstallLog(started, touched);
    }
}
