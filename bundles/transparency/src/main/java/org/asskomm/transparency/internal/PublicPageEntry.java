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
 * Sends {@code /oeffentlich} and {@code /oeffentlich/} to the page. Its security headers (CSP without inline scripts
 * or styles, no framing) are the console's: the web console's filter covers {@code /oeffentlich} too.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("asskomm-public-page-entry")
@HttpWhiteboardFilterPattern({"/oeffentlich", "/oeffentlich/"})
public class PublicPageEntry implements Filter {

    @Override
    public void init(FilterConfig config) {
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ((HttpServletRequest) request).getRequestURI();
        if (path.equals("/oeffentlich") || path.equals("/oeffentlich/")) {
            ((HttpServletResponse) response).sendRedirect("/oeffentlich/index.html");
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
    }
}
