package org.asskomm.platform.rest.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Context;

import org.asskomm.platform.api.i18n.Message;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Cross-site request forgery protection. The API authenticates every request with HTTP Basic and sets no
 * cookies, but a browser that once answered the API's Basic challenge (someone opened an API address
 * directly) resends those credentials with every request to this origin, also with a form another site
 * posts. So writes (every method except GET, HEAD, OPTIONS) from a browser must come from this origin:
 * refused when the browser's {@code Sec-Fetch-Site} says {@code cross-site} or {@code same-site}, or
 * when its {@code Origin} names another host than the request's {@code Host} (or {@code X-Forwarded-Host},
 * believed only from a configured trusted proxy, see {@link TrustedProxies}: behind a proxy that rewrites
 * {@code Host} it carries the host and port the browser used). Clients that are no browsers send neither header
 * and are not affected.
 */
@Component(service = {ContainerRequestFilter.class}, scope = ServiceScope.PROTOTYPE)
@ApiExtension(ApiExtension.CROSS_SITE)
@PreMatching
public class CrossSiteRequestFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final TrustedProxies proxies;

    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public CrossSiteRequestFilter(@Reference TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String peer = servletRequest == null ? null : servletRequest.getRemoteAddr();
        refusal(request.getMethod(), request.getHeaderString("Sec-Fetch-Site"), request.getHeaderString("Origin"),
                request.getHeaderString("Host"), proxies.forwardedHost(peer, request.getHeaderString("X-Forwarded-Host")))
                .ifPresent(detail -> UnreadBody.abortWith(request,
                        Problems.response(403, "cross-site-request", Problems.title("cross-site-request"), detail, List.of())));
    }

    /** Why this request is refused as a cross-site write, if it is. */
    static Optional<Message> refusal(String method, String fetchSite, String origin, String host, String forwardedHost) {
        if (SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (fetchSite != null && (fetchSite.equalsIgnoreCase("cross-site") || fetchSite.equalsIgnoreCase("same-site"))) {
            return Optional.of(Message.of("problem.cross-site-request.site", fetchSite));
        }
        if (origin != null && !sameHost(origin, host) && !sameHost(origin, forwardedHost)) {
            return Optional.of(Message.of("problem.cross-site-request.origin", origin));
        }
        return Optional.empty();
    }

    /** Whether the origin ({@code scheme://host[:port]}, or {@code null}) names this host and port. */
    private static boolean sameHost(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null) {
                return false;   // "null" origins: sandboxed frames, file: pages
            }
            String originHost = uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
            String expected = host.split(",")[0].trim();
            return originHost.equalsIgnoreCase(expected) || originHost.equalsIgnoreCase(withoutDefaultPort(expected, uri));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code Host: example.org:443} matches {@code Origin: https://example.org}. */
    private static String withoutDefaultPort(String host, URI origin) {
        String defaultPort = "https".equalsIgnoreCase(origin.getScheme()) ? ":443" : ":80";
        return host.endsWith(defaultPort) ? host.substring(0, host.length() - defaultPort.length()) : host;
    }
}
