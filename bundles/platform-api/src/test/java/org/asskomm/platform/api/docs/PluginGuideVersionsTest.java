package org.asskomm.platform.api.docs;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * The package table of docs/plugin-guide.md (section 5) says what a plugin imports: every package of the platform
 * API (and pdf-writer's) with the version of its {@code @Version} in package-info.java and the import range bnd
 * gives a plugin built against it. Fails when a package's version changes and the guide does not.
 */
public class PluginGuideVersionsTest {

    private static final Path BUNDLES = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern VERSION = Pattern.compile("@Version\\(\"(\\d+)\\.(\\d+)\\.(\\d+)\"\\)");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final Pattern ROW = Pattern.compile(
            "(?m)^\\| `(org\\.asskomm\\.[\\w.]+)` \\| (\\d+\\.\\d+\\.\\d+) \\| `(\\[[^`]*\\))` \\|");

    @Test
    public void theGuideListsEveryPackageWithItsVersionAndImportRange() throws IOException {
        Map<String, String> actual = new TreeMap<>();
        for (String bundle : new String[] {"platform-api", "pdf-writer"}) {
            try (Stream<Path> files = Files.walk(BUNDLES.resolve(bundle).resolve("src/main/java"))) {
                for (Path info : files.filter(f -> f.getFileName().toString().equals("package-info.java")).toList()) {
                    String text = Files.readString(info);
                    Matcher version = VERSION.matcher(text);
                    Matcher name = PACKAGE.matcher(text);
                    if (version.find() && name.find()) {
                        int major = Integer.parseInt(version.group(1));
                        actual.put(name.group(1), version.group(1) + "." + version.group(2) + "." + version.group(3)
                                + " [" + major + "." + version.group(2) + "," + (major + 1) + ")");
                    }
                }
            }
        }
        Map<String, String> documented = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(BUNDLES.resolve("../docs/plugin-guide.md").normalize()));
        while (row.find()) {
            documented.put(row.group(1), row.group(2) + " " + row.group(3));
        }
        assertEquals("docs/plugin-guide.md, section 5: | `package` | version | `[major.minor,major+1)` | what |",
                actual, documented);
    }
}
