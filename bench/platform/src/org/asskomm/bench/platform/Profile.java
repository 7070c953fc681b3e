package org.asskomm.bench.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the time of the REST read goes: records a JFR profile of the Karaf JVM while the read load runs, then
 * counts execution samples by the top frame (self time) and by every method on the stack (total time).
 */
final class Profile {

    private Profile() {
    }

    static String record(KarafProcess karaf, Path file, Runnable load) throws Exception {
        String bin = Path.of(System.getProperty("java.home"), "bin").toString();
        String pid = Long.toString(karaf.jvmPid());
        Files.deleteIfExists(file);
        KarafProcess.exec(karaf.home(), bin + "/jcmd", pid, "JFR.start", "name=bench", "settings=profile");
        load.run();
        KarafProcess.exec(karaf.home(), bin + "/jcmd", pid, "JFR.stop", "name=bench", "filename=" + file);
        String printed = KarafProcess.output(karaf.home(), bin + "/jfr", "print", "--events", "jdk.ExecutionSample",
                "--stack-depth", "96", file.toString());
        return summarise(printed);
    }

    static String summarise(String printed) {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        int samples = 0;
        boolean inStack = false;
        boolean first = false;
        Set<String> seen = new HashSet<>();
        for (String line : printed.split("\n")) {
            String t = line.trim();
            if (t.startsWith("stackTrace = [")) {
                inStack = true;
                first = true;
                seen.clear();
                samples++;
            } else if (inStack && t.startsWith("]")) {
                inStack = false;
            } else if (inStack && !t.isEmpty() && !t.equals("...")) {
                String method = t.replaceAll("\\(.*", "");
                if (first) {
                    self.merge(method, 1, Integer::sum);
                    first = false;
                }
                if (seen.add(method)) {
                    total.merge(method, 1, Integer::sum);
                }
            }
        }
        int n = samples;
        StringBuilder s = new StringBuilder("JFR execution samples of the Karaf JVM: " + n + "\n\nself (top frame):\n");
        top(self, 20).forEach((k, v) -> s.append(String.format("%5.1f %%  %s%n", 100.0 * v / n, k)));
        s.append("\ntotal (on the stack), org.asskomm / CXF / Jackson / JAAS / H2 / Jetty frames:\n");
        Map<String, Integer> interesting = total.entrySet().stream()
                .filter(e -> e.getKey().matches("(org\\.asskomm|org\\.apache\\.cxf|com\\.fasterxml|javax\\.security|org\\.apache\\.karaf\\.jaas|org\\.h2|org\\.apache\\.commons\\.dbcp2|org\\.eclipse\\.jetty\\.server|org\\.ops4j).*"))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        top(interesting, 40).forEach((k, v) -> s.append(String.format("%5.1f %%  %s%n", 100.0 * v / n, k)));
        return s.toString();
    }

    private static Map<String, Integer> top(Map<String, Integer> counts, int n) {
        Map<String, Integer> result = new LinkedHashMap<>();
        List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n).toList();
        sorted.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }
}
