package org.asskomm.itests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** New versions of a module bundle for upgrade tests, built from the shipped jar. */
final class ModuleJars {

    private ModuleJars() {
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
}
