import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stages the first boot of the assembled distribution (java BootStages.java <etc dir> <first-stage feature> ...),
 * decision 0006:
 * <ul>
 * <li>splits {@code featuresBoot} of {@code org.apache.karaf.features.cfg} into two stages, the named features first
 * and the rest after them. Karaf installs and starts one stage before it resolves the next, so the platform serves
 * before Karaf's administration features start; karaf-maven-plugin writes one flat list and has no setting for
 * stages;</li>
 * <li>starts the features service at start level {@value #FEATURES_START_LEVEL} of {@code startup.properties}
 * instead of 15. Started below the levels of the boot bundles (30, 80), it sometimes installed both stages at
 * once and left the starting to the framework, which starts by start level: all of Karaf's level-30 bundles of
 * both stages before the platform (health about 0.8 s later; seen in 1 of 33 boots by hand and in
 * {@code bench/run boot}).</li>
 * </ul>
 * Fails if a named feature is not booted at all, or the features service is not in {@code startup.properties}.
 */
public class BootStages {

    static final int FEATURES_START_LEVEL = 90;

    private static final Pattern BOOT = Pattern.compile("(?m)^featuresBoot\\s*=\\s*\\\\\\n((?:.*\\\\\\n)*.*\\S.*)$");
    private static final Pattern FEATURES_SERVICE = Pattern.compile(
            "(?m)^(mvn\\\\:org\\.apache\\.karaf\\.features/org\\.apache\\.karaf\\.features\\.core/[^ =]+) = \\d+$");

    public static void main(String[] args) throws IOException {
        Path etc = Path.of(args[0]);
        stageBootFeatures(etc.resolve("org.apache.karaf.features.cfg"),
                Set.copyOf(Arrays.asList(args).subList(1, args.length)));
        startFeaturesServiceLate(etc.resolve("startup.properties"));
    }

    private static void stageBootFeatures(Path cfg, Set<String> first) throws IOException {
        String text = Files.readString(cfg, StandardCharsets.UTF_8);
        Matcher m = BOOT.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no featuresBoot list in " + cfg);
        }
        List<String> stage1 = new ArrayList<>();
        List<String> stage2 = new ArrayList<>();
        for (String item : m.group(1).replace("\\\n", "").split(",")) {
            String feature = item.trim();
            if (feature.startsWith("(")) {
                throw new IllegalStateException("featuresBoot of " + cfg + " has stages already");
            }
            (first.contains(feature.split("/")[0]) ? stage1 : stage2).add(feature);
        }
        if (stage1.size() != first.size()) {
            throw new IllegalStateException("not all of " + first + " are boot features: " + stage1);
        }
        String staged = "# Two stages (karaf-distro/src/build/BootStages.java): the platform first, then Karaf's\n"
                + "# administration features, so that the API serves before they start.\n"
                + "featuresBoot = \\\n    (" + String.join(", ", stage1) + "), \\\n    ("
                + String.join(", ", stage2) + ")";
        Files.writeString(cfg, text.substring(0, m.start()) + staged + text.substring(m.end()), StandardCharsets.UTF_8);
        System.out.println("featuresBoot in two stages: " + stage1 + " then " + stage2.size() + " features");
    }

    private static void startFeaturesServiceLate(Path startup) throws IOException {
        String text = Files.readString(startup, StandardCharsets.UTF_8);
        Matcher m = FEATURES_SERVICE.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no features service in " + startup);
        }
        Files.writeString(startup, m.replaceFirst(Matcher.quoteReplacement(m.group(1)) + " = " + FEATURES_START_LEVEL),
                StandardCharsets.UTF_8);
        System.out.println("features service at start level " + FEATURES_START_LEVEL + " in " + startup.getFileName());
    }
}
