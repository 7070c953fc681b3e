package org.asskomm.platform.rest.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.servlet.http.HttpServletRequest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Who the client is. The peer address of the connection, unless that peer is a configured reverse proxy
 * ({@code trustedProxies} in {@code etc/org.asskomm.rest.cfg}): then the address the proxy appended last to
 * {@code X-Forwarded-For}, and its {@code X-Forwarded-Host}. Anyone else can write these headers, so they are
 * ignored from every other peer; by default no proxy is trusted.
 */
@Component(service = TrustedProxies.class, configurationPid = RestConfig.PID)
public class TrustedProxies {

    private final Set<String> proxies;

    @Activate
    public TrustedProxies(RestConfig config) {
        this(config.trustedProxies());
    }

    TrustedProxies(String... proxies) {
        this.proxies = Stream.of(proxies).map(String::trim).filter(s -> !s.isEmpty()).map(TrustedProxies::normalise)
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean isTrusted(String peer) {
        return peer != null && !proxies.isEmpty() && proxies.contains(normalise(peer));
    }

    /** The client's address: the peer, or what a trusted proxy says the client is. */
    public String source(HttpServletRequest request) {
        return request == null ? "unknown" : source(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String source(String peer, String forwardedFor) {
        if (forwardedFor != null && isTrusted(peer)) {
            String[] hops = forwardedFor.split(",");
            String last = hops[hops.length - 1].trim();
            if (!last.isEmpty()) {
                return last;
            }
        }
        return peer == null ? "unknown" : peer;
    }

    /** {@code X-Forwarded-Host} when a trusted proxy sent it, otherwise null. */
    public String forwardedHost(String peer, String forwardedHost) {
        return isTrusted(peer) ? forwardedHost : null;
    }

    /** IP literals in one spelling ({@code ::1} and {@code 0:0:0:0:0:0:0:1} alike); no name lookups. */
    private static String normalise(String address) {
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
        if (!literal.matches("[0-9a-fA-F:.%]+")) {
            return literal.toLowerCase(java.util.Locale.ROOT);
        }
        try {
            return InetAddress.getByName(literal).getHostAddress();
        } catch (UnknownHostException e) {
            return literal;
        }
    }
}
