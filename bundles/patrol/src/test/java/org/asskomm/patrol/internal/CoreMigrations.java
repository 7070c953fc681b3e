package org.asskomm.patrol.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.asskomm.platform.testing.TestPlatform;

/**
 * Temporary workaround until the lead's "migration listing from jars" fix of platform-core reaches this branch:
 * outside OSGi, this branch's JdbcSchemaMigrations lists scripts only from class-path directories, but the core's
 * own scripts sit in the platform-core jar. This copies them next to the test classes (which come first on the
 * class path) before the first TestPlatform starts. Does nothing when the core is a directory.
 */
final class CoreMigrations {

    private CoreMigrations() {
    }

    static synchronized TestPlatform platform() {
        try {
            Path core = Path.of(org.asskomm.platform.core.db.JdbcSchemaMigrations.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI());
            Path target = Path.of(CoreMigrations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(core)) {
                try (JarFile jar = new JarFile(core.toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        if (e.getName().startsWith("db/") && !e.isDirectory()) {
                            Path out = target.resolve(e.getName());
                            Files.createDirectories(out.getParent());
                            try (InputStream in = jar.getInputStream(e)) {
                                Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new TestPlatform();
    }
}
