package org.asskomm.platform.core;

import static org.junit.Assert.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Manifest;

import org.junit.Test;

/**
 * Core implements the platform API and exports nothing (issue 18): whatever another bundle needs from it must be
 * an API type in platform-api, offered as a service. Checks the manifest bnd generated in process-classes.
 */
public class CoreExportsTest {

    @Test
    public void exportsNothing() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            assertNull(new Manifest(in).getMainAttributes().getValue("Export-Package"));
        }
    }
}
