package org.asskomm.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** New versions of a module bundle for upgrade tests, built from the shipped jar. */
final class ModuleJars {

    private ModuleJars() {
    }

    /**
     * The number of the jar's last migration of the module ({@code db/<moduleId>/V<n>__*.sql}): a test's new script
     * takes the next one, whatever the module shipped meanwhile (the runner refuses gaps and duplicates).
     */
    static int lastMigration(byte[] jar, String moduleId) throws IOException {
        java.util.regex.Pattern script = java.util.regex.Pattern.compile("db/" + moduleId + "/V(\\d+)__.*\\.sql");
        int last = 0;
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                java.util.regex.Matcher m = script.matcher(e.getName());
                if (m.matches()) {
                    last = Math.max(last, Integer.parseInt(m.group(1)));
                }
            }
        }
        return last;
    }

    /** The name of the migration after the jar's last one: {@code V<last+1>__<description>.sql}. */
    static String nextMigration(byte[] jar, String moduleId, String description) throws IOException {
        return "V" + (lastMigration(jar, moduleId) + 1) + "__" + description + ".sql";
    }

    /** The jar with another {@code Bundle-Version} and one more migration script {@code db/<moduleId>/<script>}. */
    static byte[] withMigration(byte[] jar, String version, String moduleId, String script, String sql) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = new Manifest(in.getManifest());
            manifest.getMainAttributes().put(new Attributes.Name("Bundle-Version"), version);
            try (JarOutputStream copy = new JarOutputStream(out, manifest)) {
                for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    copy.putNextEntry(new JarEntry(e.getName()));
                    in.transferTo(copy);
                    copy.closeEntry();
                }
                copy.putNextEntry(new JarEntry("db/" + moduleId + "/" + script));
                copy.write(sql.getBytes(StandardCharsets.UTF_8));
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * A features repository as a module author ships a release on its own: the jars (by feature version) next to a
     * features XML that offers the feature at each version; returns the XML's path.
     */
    static Path featuresRepository(Path dir, String feature, String bundleName, Map<String, byte[]> jarsByVersion)
            throws IOException {
        Files.createDirectories(dir);
        StringBuilder xml = new StringBuilder("<features name=\"" + feature + "-releases\""
                + " xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">");
        for (Map.Entry<String, byte[]> release : jarsByVersion.entrySet()) {
            Path jar = dir.resolve(bundleName + "-" + release.getKey() + ".jar");
            Files.write(jar, release.getValue());
            xml.append("<feature name=\"").append(feature).append("\" version=\"").append(release.getKey()).append("\">")
                    .append("<feature>asskomm-core</feature><bundle>").append(jar.toUri()).append("</bundle></feature>");
        }
        Path features = dir.resolve(feature + "-features.xml");
        Files.writeString(features, xml.append("</features>").toString());
        return features;
    }

    /** The module bundle as the unpacked distribution ships it in {@code system/}. */
    static byte[] shipped(Path home, String bundleName) throws IOException {
        return Files.readAllBytes(home.resolve("system/org/asskomm/" + bundleName + "/0.1.0-SNAPSHOT/" + bundleName
                + "-0.1.0-SNAPSHOT.jar"));
    }
}
