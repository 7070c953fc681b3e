package org.asskomm.platform.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Headers that keep a browser from treating an API answer as something else: no content sniffing (a JSON or CSV
 * answer never runs as HTML or script), and a policy that lets the API's own HTML documents (certificates,
 * statements: inline styles only) load nothing, run nothing and be framed nowhere.
 */
@Component(service = {ContainerResponseFilter.class}, scope = ServiceScope.PROTOTYPE)
@ApiExtension(ApiExtension.SECURITY_HEADERS)
public class ApiSecurityHeaders implements ContainerResponseFilter {

    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Content-Security-Policy", CSP);
        headers.putSingle("Referrer-Policy", "no-referrer");
        if (!headers.containsKey(HttpHeaders.DATE)) {
            // CXF would otherwise format the date with a new SimpleDateFormat for every response (6 % of a read)
            headers.putSingle(HttpHeaders.DATE, HttpDate.now());
        }
    }
}
