package org.asskomm.platform.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Manifest;

import org.junit.Test;

/**
 * The closed kernel (issue 18): platform-rest builds on the platform API only, never on core's implementation.
 * Reads the manifest bnd generated in process-classes, so it checks what the framework will wire, not the sources.
 */
public class KernelBoundaryTest {

    @Test
    public void importsNoCorePackage() throws IOException {
        List<String> imports = packages(manifest().getMainAttributes().getValue("Import-Package"));
        assertTrue("bnd wrote no Import-Package", imports.contains("org.asskomm.platform.api"));
        assertEquals(List.of(), imports.stream().filter(p -> p.startsWith("org.asskomm.platform.core")).toList());
    }

    static Manifest manifest() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            return new Manifest(in);
        }
    }

    /** The package names of an OSGi header: clauses split at commas outside quotes, attributes dropped. */
    static List<String> packages(String header) {
        List<String> result = new ArrayList<>();
        if (header == null) {
            return result;
        }
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= header.length(); i++) {
            char c = i < header.length() ? header.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                result.add(header.substring(start, i).split(";", 2)[0].trim());
                start = i + 1;
            }
        }
        return result;
    }
}
