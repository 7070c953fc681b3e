package org.asskomm.platform.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A business module or third-party plugin announces itself by registering this service.
 * The platform lists installed modules live from these services, so installing or
 * uninstalling a feature changes the module list without a restart.
 */
@ConsumerType
public interface ModuleDescriptor {

    /** Stable lower-case id, e.g. {@code agreements}: used for enablement, tables, event topics. */
    String id();

    /** Title shown to users (German where municipal staff expect it). */
    String title();

    String description();

    /** Version of the module, normally its bundle version. */
    String version();

    /** REST root of the module below {@code /api/v1}, e.g. {@code /agreements}. */
    String restPath();

    /**
     * URL of the module's web-console entry (an ES module registered through the HTTP whiteboard),
     * or {@code null} when the module has no console page.
     */
    default String consoleEntry() {
        return null;
    }
}
