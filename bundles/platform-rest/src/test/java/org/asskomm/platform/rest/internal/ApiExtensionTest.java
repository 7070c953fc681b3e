package org.asskomm.platform.rest.internal;

import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/** The whiteboard's default application requires every extension the platform's own applications get. */
public class ApiExtensionTest {

    @Test
    public void theDefaultApplicationConfigurationRequiresEveryExtension() throws Exception {
        String config = Files.readString(Path.of("../../karaf-distro/src/main/resources/assembly/etc",
                "org.apache.aries.jax.rs.whiteboard.default.config"));
        for (String filter : ApiExtension.REQUIRED) {
            assertTrue("etc/org.apache.aries.jax.rs.whiteboard.default.config lacks " + filter,
                    config.contains("\"" + filter + "\""));
        }
    }
}
