package org.asskomm.platform.rest.internal;

import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.Activate;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.rest.Anonymous;
import org.slf4j.MDC;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * HTTP Basic authentication for every resource; only methods or classes marked {@link Anonymous}
 * answer without credentials. Wrong credentials are always a 401, and are audited.
 */
@Component(service = {ContainerRequestFilter.class}, scope = ServiceScope.PROTOTYPE)
@JaxrsExtension
@JaxrsApplicationSelect(ApiExtension.EVERY_APPLICATION)
@ApiExtension(ApiExtension.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private final JaasAuthenticator authenticator;
    private final SecurityPosture posture;
    private final AuditLog audit;

    @Context
    private ResourceInfo resourceInfo;

    @Activate
    public AuthenticationFilter(@Reference JaasAuthenticator authenticator, @Reference SecurityPosture posture,
            @Reference AuditLog audit) {
        this.authenticator = authenticator;
        this.posture = posture;
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        CurrentUser user = CurrentUser.ANONYMOUS;
        if (header != null) {
            Optional<Credentials> credentials = basic(header);
            Optional<String> refusal = credentials.flatMap(c -> posture.refusal(c.user(), c.password()));
            Optional<CurrentUser> authenticated = refusal.isPresent() ? Optional.empty()
                    : credentials.flatMap(c -> authenticator.authenticate(c.user(), c.password()));
            if (authenticated.isEmpty()) {
                audit.record(CurrentUser.ANONYMOUS, new AuditEvent("platform", "Login", null, "LOGIN_FAILED", null));
                request.abortWith(unauthenticated(request, refusal.orElse("The credentials are not valid.")));
                return;
            }
            user = authenticated.get();
        }
        if (user.isAnonymous() && !isAnonymousAllowed()) {
            request.abortWith(unauthenticated(request, "Send valid credentials (HTTP Basic)."));
            return;
        }
        request.setSecurityContext(new UserSecurityContext(user, request.getSecurityContext().isSecure()));
        if (!user.isAnonymous()) {
            MDC.put(RequestMetricsFilter.USER, user.name()); // for the logs of this request; removed with the response
        }
    }

    /**
     * A 401; script clients (the web console sends {@code X-Requested-With: XMLHttpRequest}) get no
     * {@code WWW-Authenticate} challenge, so that the browser shows no login dialog of its own.
     */
    private static Response unauthenticated(ContainerRequestContext request, String detail) {
        Response response = Problems.response(401, "unauthenticated", "Authentication required", detail, List.of());
        if ("XMLHttpRequest".equalsIgnoreCase(request.getHeaderString("X-Requested-With"))) {
            return Response.fromResponse(response).header("WWW-Authenticate", null).build();
        }
        return response;
    }

    private record Credentials(String user, String password) {
    }

    private static Optional<Credentials> basic(String header) {
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
