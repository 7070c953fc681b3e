package org.asskomm.web.internal;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /console} leads to the shell's page. {@code /console/} is claimed by the resource servlet at
 * {@code /console/*} (which has no directory page and answered 404), so a filter in front of it redirects.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/console")
public class ConsoleEntryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        toIndex(request, response);
    }

    static void toIndex(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // a relative reference: sendRedirect() would make it absolute from the client's Host header
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", request.getContextPath() + "/console/index.html");
    }

    /** Redirects {@code /console/} to the shell's page; everything else passes. */
    @Component(service = Filter.class)
    @HttpWhiteboardFilterName("asskomm-console-entry")
    @HttpWhiteboardFilterPattern("/console/*")
    public static class TrailingSlash implements Filter {

        @Override
        public void init(FilterConfig config) {
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            if (http.getRequestURI().equals(http.getContextPath() + "/console/")) {
                toIndex(http, (HttpServletResponse) response);
            } else {
                chain.doFilter(request, response);
            }
        }

        @Override
        public void destroy() {
        }
    }
}
