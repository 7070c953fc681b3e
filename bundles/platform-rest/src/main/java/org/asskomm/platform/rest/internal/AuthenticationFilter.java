package org.asskomm.platform.rest.internal;

import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.Activate;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.rest.Anonymous;
import org.asskomm.platform.rest.resource.HealthResource;
import org.asskomm.platform.rest.resource.MetricsResource;
import org.slf4j.MDC;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * HTTP Basic authentication for every resource; only methods or classes marked {@link Anonymous}
 * answer without credentials. Wrong credentials are always a 401, and are audited (aggregated, see
 * {@link SecurityAudit}); repeated failures of one user from one source are delayed (429 {@code login-throttled},
 * see {@link LoginThrottle}). This filter runs before any message body reader, so no body of an unauthenticated
 * request is ever read.
 */
@Component(service = {ContainerRequestFilter.class}, scope = ServiceScope.PROTOTYPE)
@ApiExtension(ApiExtension.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private final JaasAuthenticator authenticator;
    private final SecurityPosture posture;
    private final LoginThrottle throttle;
    private final SecurityAudit audit;
    private final TrustedProxies proxies;

    @Context
    private ResourceInfo resourceInfo;
    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public AuthenticationFilter(@Reference JaasAuthenticator authenticator, @Reference SecurityPosture posture,
            @Reference LoginThrottle throttle, @Reference SecurityAudit audit, @Reference TrustedProxies proxies) {
        this.authenticator = authenticator;
        this.posture = posture;
        this.throttle = throttle;
        this.audit = audit;
        this.proxies = proxies;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublicResource()) {
            // a resource class public as a whole (open data): credentials are not examined, not even a wrong
            // password, so that everyone gets the same public answer and the endpoint tells nothing about passwords
            request.setSecurityContext(new UserSecurityContext(CurrentUser.ANONYMOUS,
                    request.getSecurityContext().isSecure()));
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        CurrentUser user = CurrentUser.ANONYMOUS;
        if (header != null) {
            Optional<Credentials> credentials = basic(header);
            String source = proxies.source(servletRequest);
            String name = credentials.map(Credentials::user).orElse("");
            // before the cache of recent logins: otherwise a throttled guesser would learn a right password
            // from a 200 while every wrong one gets 429
            long wait = throttle.waitMillis(name, source);
            if (wait > 0) {
                audit.login(SecurityAudit.LOGIN_THROTTLED, name, source);
                UnreadBody.abortWith(request, throttled(wait));
                return;
            }
            Optional<CurrentUser> authenticated = credentials.flatMap(c -> authenticator.remembered(c.user(), c.password()));
            if (authenticated.isEmpty()) {
                Optional<String> refusal = credentials.flatMap(c -> posture.refusal(c.user(), c.password()));
                authenticated = refusal.isPresent() ? Optional.empty()
                        : credentials.flatMap(c -> authenticator.authenticate(c.user(), c.password()));
                if (authenticated.isEmpty()) {
                    throttle.failed(name, source);
                    audit.login(SecurityAudit.LOGIN_FAILED, name, source);
                    UnreadBody.abortWith(request, unauthenticated(request, Message.of(refusal.isPresent()
                            ? "problem.unauthenticated.defaultPassword" : "problem.unauthenticated.invalid")));
                    return;
                }
                throttle.succeeded(name, source);
            }
            user = authenticated.get();
        }
        if (user.isAnonymous() && !isAnonymousAllowed()) {
            UnreadBody.abortWith(request, unauthenticated(request, Message.of("problem.unauthenticated")));
            return;
        }
        request.setSecurityContext(new UserSecurityContext(user, request.getSecurityContext().isSecure()));
        if (isMonitoringOnly(user) && !isMonitoringResource()) {
            throw AccessDeniedException.of("problem.forbidden.monitoring", MetricsResource.MONITORING);
        }
        if (!user.isAnonymous() && !hasPlatformRole(user) && !isAnonymousAllowed()) {
            // e.g. a directory user in no group the realm maps to a role: authenticated, but nobody here
            throw AccessDeniedException.of("problem.forbidden.noRole", user.name());
        }
        if (!user.isAnonymous()) {
            MDC.put(RequestMetricsFilter.USER, user.name()); // for the logs of this request; removed with the response
        }
    }

    /**
     * Too many failed logins of this user from this source (or from this source at all): the password is not
     * checked until the delay ends. A problem type of its own, so that a client tells it from a wrong password.
     */
    private static Response throttled(long waitMillis) {
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        return Response.fromResponse(Problems.response(429, "login-throttled", List.of(), seconds))
                .header("Retry-After", seconds).build();
    }

    /**
     * A 401; script clients (the web console sends {@code X-Requested-With: XMLHttpRequest}) get no
     * {@code WWW-Authenticate} challenge, so that the browser shows no login dialog of its own.
     */
    private static Response unauthenticated(ContainerRequestContext request, Message detail) {
        Response response = Problems.response(401, "unauthenticated", Problems.title("unauthenticated"), detail, List.of());
        if ("XMLHttpRequest".equalsIgnoreCase(request.getHeaderString("X-Requested-With"))) {
            return Response.fromResponse(response).header("WWW-Authenticate", null).build();
        }
        return response;
    }

    /** The user name and password of a Basic {@code Authorization} header. */
    record Credentials(String user, String password) {
    }

    static Optional<Credentials> basic(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /** A scraper's account: the role {@code monitoring} and no role that grants reading data. */
    private static boolean isMonitoringOnly(CurrentUser user) {
        return user.roles().contains(MetricsResource.MONITORING) && !readsData(user);
    }

    private static boolean readsData(CurrentUser user) {
        return user.isLprAdmin() || user.isAnyPolice() || user.isViewer() || !user.municipalities().isEmpty();
    }

    /** One of the platform's roles (docs/security.md); other roles of a realm (Karaf's own, unmapped groups) grant nothing. */
    private static boolean hasPlatformRole(CurrentUser user) {
        return readsData(user) || user.roles().contains(MetricsResource.MONITORING);
    }

    private boolean isMonitoringResource() {
        Class<?> resource = resourceInfo == null ? null : resourceInfo.getResourceClass();
        return resource == HealthResource.class || resource == MetricsResource.class;
    }

    /** A resource class marked {@link Anonymous} as a whole: public, whoever asks. */
    private boolean isPublicResource() {
        return resourceInfo != null && resourceInfo.getResourceClass() != null
                && resourceInfo.getResourceClass().isAnnotationPresent(Anonymous.class);
    }

    private boolean isAnonymousAllowed() {
        if (resourceInfo == null || resourceInfo.getResourceMethod() == null) {
            return false;
        }
        return resourceInfo.getResourceMethod().isAnnotationPresent(Anonymous.class)
                || resourceInfo.getResourceClass().isAnnotationPresent(Anonymous.class);
    }

    private record UserSecurityContext(CurrentUser user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return user.isAnonymous() ? null : user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.roles().contains(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return user.isAnonymous() ? null : BASIC_AUTH;
        }
    }
}
