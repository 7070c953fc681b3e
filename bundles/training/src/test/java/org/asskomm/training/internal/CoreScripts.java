package org.asskomm.training.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.asskomm.platform.core.audit.JdbcAuditLog;

/**
 * Works around a limit of the platform's migration runner outside OSGi: it reads scripts only from
 * class-path directories, but a module build gets platform-core as a jar. This copies the core's
 * {@code db/} scripts into the test class directory, which comes first on the class path.
 */
final class CoreScripts {

    private static boolean done;

    private CoreScripts() {
    }

    static synchronized void ensureReadable() {
        if (done) {
            return;
        }
        try {
            Path core = Path.of(JdbcAuditLog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path testClasses = Path.of(CoreScripts.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(core)) {
                try (JarFile jar = new JarFile(core.toFile())) {
                    for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                        if (entry.getName().startsWith("db/") && entry.getName().endsWith(".sql")) {
                            Path target = testClasses.resolve(entry.getName());
                            Files.createDirectories(target.getParent());
                            try (InputStream in = jar.getInputStream(entry)) {
                                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                            }
                        }
                    }
                }
            }
            done = true;
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
