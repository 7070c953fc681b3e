package org.asskomm.web.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Security headers for everything under {@code /console}, module pages included, and for the public page of the
 * transparency module under {@code /oeffentlich} (decision 0015): scripts, styles and
 * connections only from this origin, no framing, no content sniffing. Module pages must therefore use
 * neither inline scripts nor inline styles.
 */
@Component(service = Filter.class)
// every filter needs its own name: Pax Web names unnamed ones "javax.servlet.Filter" and registers only the first
@HttpWhiteboardFilterName("asskomm-console-security-headers")
@HttpWhiteboardFilterPattern({"/console", "/console/*", "/oeffentlich", "/oeffentlich/*"})
public class SecurityHeadersFilter implements Filter {

    static final String CSP = "default-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public void init(FilterConfig config) {
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("Content-Security-Policy", CSP);
        http.setHeader("X-Frame-Options", "DENY");
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Referrer-Policy", "no-referrer");
        // pages come and go with their features: always revalidate
        http.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
    }
}
