package org.asskomm.transparency.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Security headers of the public page, as strict as the console's: scripts, styles and connections only from this
 * origin (so the page has neither inline scripts nor inline styles), no framing, no sniffing; {@code /oeffentlich}
 * is sent to the page.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("asskomm-public-page-headers")
@HttpWhiteboardFilterPattern({"/oeffentlich", "/oeffentlich/*"})
public class PublicPageHeaders implements Filter {

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
        http.setHeader("Cache-Control", "no-cache");
        String path = ((HttpServletRequest) request).getRequestURI();
        if (path.equals("/oeffentlich") || path.equals("/oeffentlich/")) {
            http.sendRedirect("/oeffentlich/index.html");
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
    }
}
