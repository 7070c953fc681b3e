package org.asskomm.platform.core.boot;

import java.time.Duration;

import org.apache.karaf.features.BootFinished;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Waits for Karaf's {@link BootFinished}, which the features service registers once every boot stage is installed
 * (and at once on a later start). Tracked rather than a DS reference: bnd would turn that into a requirement the
 * feature resolver cannot meet at build time.
 */
public final class KarafBoot {

    private KarafBoot() {
    }

    /** Whether the boot finished within {@code max}; false when interrupted or the bundle stopped meanwhile. */
    public static boolean awaitFinished(BundleContext context, Duration max) {
        ServiceTracker<BootFinished, BootFinished> tracker = new ServiceTracker<>(context, BootFinished.class, null);
        try {
            tracker.open();
            return tracker.waitForService(max.toMillis()) != null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (IllegalStateException e) {
            return false;   // the bundle stopped meanwhile
        } finally {
            tracker.close();
        }
    }
}
