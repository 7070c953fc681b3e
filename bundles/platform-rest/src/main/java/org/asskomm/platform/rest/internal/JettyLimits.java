package org.asskomm.platform.rest.internal;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.component.ContainerLifeCycle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Limits on how long and how wide one client may hold the HTTP server, on Pax Web's own Jetty connector.
 * Pax Web's Jetty bundle adds every {@code HttpConfiguration.Customizer} service to its live connectors without
 * re-creating the server (a Jetty {@code Handler} service would re-create it, so this is no handler):
 * <ul>
 * <li>at most {@code maxConnectionsPerSource} open connections per source address (trusted proxies exempt):
 * further connections are closed as they open;</li>
 * <li>relative redirects, so that Jetty does not copy the client's {@code Host} header into a redirect.</li>
 * </ul>
 * Jetty's own {@code minRequestDataRate} is not used: it measures from the first byte's arrival, so a small body
 * read a second later (after a JAAS login on a busy machine) failed with 408; {@link BodySizeLimitFilter} measures
 * from the first read instead. Both are set on the first request a connector customizes (Pax Web offers no other hook); they apply to the
 * requests and connections from then on. The connector's idle timeout is Pax Web's
 * ({@code org.ops4j.pax.web.server.connector.idleTimeout} in {@code etc/org.ops4j.pax.web.cfg}).
 */
@Component(service = HttpConfiguration.Customizer.class, configurationPid = RestConfig.PID)
public class JettyLimits implements HttpConfiguration.Customizer {

    private static final Logger LOG = LoggerFactory.getLogger(JettyLimits.class);

    private final PerSourceLimit perSource;

    @Activate
    public JettyLimits(RestConfig config, @Reference TrustedProxies proxies) {
        this.perSource = config.maxConnectionsPerSource() > 0
                ? new PerSourceLimit(config.maxConnectionsPerSource(), proxies) : null;
    }

    @Override
    public void customize(Connector connector, HttpConfiguration config, Request request) {
        if (!config.isRelativeRedirectAllowed()) {
            config.setRelativeRedirectAllowed(true);
        }
        if (perSource != null && connector instanceof ContainerLifeCycle container && !container.contains(perSource)) {
            synchronized (container) {
                if (!container.contains(perSource)) {
                    container.addBean(perSource);   // connections opened from now on report to it
                    LOG.info("HTTP limits on {}: {} connections per source", connector, perSource.max);
                }
            }
        }
    }

    /** Counts open connections per remote address and closes those beyond the limit. */
    static final class PerSourceLimit implements Connection.Listener {
        private final int max;
        private final TrustedProxies proxies;
        private final Map<String, Integer> open = new ConcurrentHashMap<>();

        PerSourceLimit(int max, TrustedProxies proxies) {
            this.max = max;
            this.proxies = proxies;
        }

        @Override
        public void onOpened(Connection connection) {
            String source = source(connection);
            if (source != null && opened(source) > max) {
                LOG.debug("Closing a connection from {}: more than {} open", source, max);
                connection.getEndPoint().close();
            }
        }

        @Override
        public void onClosed(Connection connection) {
            String source = source(connection);
            if (source != null) {
                open.computeIfPresent(source, (s, n) -> n <= 1 ? null : n - 1);
            }
        }

        int opened(String source) {
            return open.merge(source, 1, Integer::sum);
        }

        int count(String source) {
            return open.getOrDefault(source, 0);
        }

        private String source(Connection connection) {
            InetSocketAddress remote = connection.getEndPoint().getRemoteAddress();
            if (remote == null || remote.getAddress() == null) {
                return null;
            }
            String address = remote.getAddress().getHostAddress();
            return proxies.isTrusted(address) ? null : address;
        }
    }
}
