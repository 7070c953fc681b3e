package org.asskomm.platform.rest.internal;

import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.Activate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.rest.Users;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ModuleNotEnabledException;
import org.asskomm.platform.api.error.ProblemException;
import org.asskomm.platform.api.i18n.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Every failure leaves the API as {@code application/problem+json}: the platform's problems with
 * their status, JAX-RS errors (unknown path, wrong method, unsupported media type) with theirs, and
 * anything else as a 500 without internals, logged with its stack trace for the operator. Permission
 * denials (403) are recorded in the audit log.
 */
@Component(service = {ExceptionMapper.class}, scope = ServiceScope.PROTOTYPE)
@ApiExtension(ApiExtension.PROBLEMS)
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private final SecurityAudit audit;
    private final TrustedProxies proxies;
    private final MessageCatalog messages;

    @Context
    private SecurityContext security;
    @Context
    private UriInfo uri;
    @Context
    private Request request;
    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public ProblemMapper(@Reference SecurityAudit audit, @Reference TrustedProxies proxies,
            @Reference MessageCatalog messages) {
        this.audit = audit;
        this.proxies = proxies;
        this.messages = messages;
    }

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof ProblemException problem) {
            if (problem instanceof AccessDeniedException denied) {
                auditDenial(denied);
            }
            return Problems.of(problem);
        }
        if (e instanceof WebApplicationException wae) {
            Response r = wae.getResponse();
            if (r.hasEntity()) {
                return r;
            }
            int status = r.getStatus();
            if (status == 406 && servletRequest != null && servletRequest.getHeader("Authorization") == null) {
                // matching fails on Accept before the authentication filter runs: tell an anonymous caller to
                // authenticate first rather than what the resource would produce
                return Problems.response(401, "unauthenticated", List.of());
            }
            String title = r.getStatusInfo().getReasonPhrase();
            return Problems.response(status, "http-" + status, Problems.title("http-" + status).orElse(title),
                    detailFor(status), List.of());
        }
        Optional<Response> clientFailure = Problems.clientFailure(e);
        if (clientFailure.isPresent()) {
            return clientFailure.get();
        }
        LOG.error("Unexpected error while serving a request", e);
        return Problems.response(500, "internal", List.of());
    }

    /**
     * Who was refused what: the user, their municipality (when they act for exactly one), the action as
     * method and path, and the reason. A failing audit write must not turn the 403 into a 500.
     */
    private void auditDenial(AccessDeniedException denied) {
        try {
            CurrentUser user = Users.current(security);
            Set<String> municipalities = user.municipalities();
            String action = denied instanceof ModuleNotEnabledException ? "MODULE_NOT_ENABLED" : "ACCESS_DENIED";
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("method", request.getMethod());
            details.put("path", uri.getRequestUri().getRawPath());
            // the operator's log is English, whatever language the refused user reads
            details.put("detail", messages.texts(Locale.UK).text(denied.detail()));
            audit.denied(user, action, municipalities.size() == 1 ? municipalities.iterator().next() : null,
                    proxies.source(servletRequest), details);
        } catch (RuntimeException e) {
            LOG.error("Cannot record a permission denial in the audit log", e);
        }
    }

    private static Message detailFor(int status) {
        return switch (status) {
            case 404, 405, 406, 415 -> Message.of("problem.http-" + status);
            default -> null;
        };
    }
}
