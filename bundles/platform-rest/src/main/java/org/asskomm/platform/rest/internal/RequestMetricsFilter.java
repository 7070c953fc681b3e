package org.asskomm.platform.rest.internal;

import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.Activate;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Path;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;

import org.asskomm.platform.api.rest.Api;

import org.slf4j.MDC;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Times every request of {@code /api/v1} (before authentication, so refused requests count too) and records it by
 * the resource method's path template, so that {@code /councils/{id}} is one endpoint whatever the id. Puts a
 * request id into the logging context (MDC {@code requestId}; the caller's {@code X-Request-Id} when it looks sane)
 * and echoes it in the response; {@link AuthenticationFilter} adds the user ({@code user}).
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class}, scope = ServiceScope.PROTOTYPE)
@ApiExtension(ApiExtension.METRICS)
@PreMatching
public class RequestMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String REQUEST_ID = "requestId";
    static final String USER = "user";
    /** The request attribute with the path template the request was recorded under (see {@link RepeatedReads}). */
    static final String TEMPLATE = RequestMetricsFilter.class.getName() + ".template";
    private static final String STARTED = RequestMetricsFilter.class.getName() + ".started";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern REGEX_PARAM = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");

    /**
     * Templates by resource method, computed once per method rather than with two regexes per request; per
     * instance, since each application has its own instance and so one base.
     */
    private final Map<Method, String> templates = new ConcurrentHashMap<>();

    private final RequestMetrics metrics;

    @Context
    private ResourceInfo resourceInfo;
    @Context
    private UriInfo uriInfo;
    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public RequestMetricsFilter(@Reference RequestMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        MDC.put(REQUEST_ID, requestId(request.getHeaderString("X-Request-Id")));
    }

    /** The caller's request id when it looks sane, else a new one. */
    static String requestId(String callers) {
        // not UUID.randomUUID(): its SecureRandom is one lock for every request of the node
        return callers != null && SANE_ID.matcher(callers).matches() ? callers : randomId();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (started instanceof Long start) {
            String template = template();
            metrics.record(request.getMethod(), template, response.getStatus(), System.nanoTime() - start);
            if (servletRequest != null) {
                servletRequest.setAttribute(TEMPLATE, template);
            }
        }
        String id = MDC.get(REQUEST_ID);
        if (id != null) {
            response.getHeaders().putSingle("X-Request-Id", id);
        }
        MDC.remove(REQUEST_ID);
        MDC.remove(USER);
    }

    /** Eight hex digits; not String.format, whose parsing of the format costs more than the rest of this filter. */
    static String randomId() {
        String hex = Integer.toHexString(ThreadLocalRandom.current().nextInt());
        return hex.length() == 8 ? hex : "00000000".substring(hex.length()) + hex;
    }

    /** The matched resource method's path template, or "unmatched" (404 before any resource). */
    private String template() {
        Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
        if (method == null) {
            return "unmatched";
        }
        String template = templates.get(method);
        if (template == null) {
            template = template(applicationBase(), resourceInfo.getResourceClass().getAnnotation(Path.class),
                    method.getAnnotation(Path.class));
            templates.put(method, template);
        }
        return template;
    }

    /** The application's path below {@code /api/v1}: {@code /agreements} for a module, empty for the platform. */
    private String applicationBase() {
        String base = uriInfo == null ? "" : uriInfo.getBaseUri().getPath();
        return base.startsWith(Api.BASE) ? base.substring(Api.BASE.length()) : "";
    }

    static String template(String applicationBase, Path type, Path method) {
        String joined = applicationBase + "/" + (type == null ? "" : type.value()) + "/" + (method == null ? "" : method.value());
        String path = REGEX_PARAM.matcher(joined.replaceAll("/+", "/")).replaceAll("{$1}");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
