package org.asskomm.examples.reports.internal.console;

import org.osgi.service.component.annotations.Component;

/**
 * Serves the plugin's web-console page, {@code /console/modules/citizenreports/index.js} (the URL that
 * {@code ModuleDescriptor.consoleEntry()} announces), from {@code /console} in this bundle, through the
 * OSGi HTTP whiteboard. The ASSKomm web console loads it as an ES module.
 */
@Component(service = ConsolePage.class, property = {
        "osgi.http.whiteboard.resource.pattern=/console/modules/citizenreports/*",
        "osgi.http.whiteboard.resource.prefix=/console"})
public class ConsolePage {
}
