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
 * Splits {@code featuresBoot} of the assembled {@code etc/org.apache.karaf.features.cfg} into two stages
 * (java BootStages.java <cfg> <first-stage feature> ...): the named features first, the rest after them.
 * Karaf installs and starts one stage before it resolves the next, so the platform serves before Karaf's
 * administration features start. karaf-maven-plugin writes one flat list and has no setting for stages.
 * Fails if a named feature is not booted at all, so a renamed feature cannot silently move to the second stage.
 */
public class BootStages {

    private static final Pattern BOOT = Pattern.compile("(?m)^featuresBoot\\s*=\\s*\\\\\\n((?:.*\\\\\\n)*.*\\S.*)$");

    public static void main(String[] args) throws IOException {
        Path cfg = Path.of(args[0]);
        Set<String> first = Set.copyOf(Arrays.asList(args).subList(1, args.length));
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
}
