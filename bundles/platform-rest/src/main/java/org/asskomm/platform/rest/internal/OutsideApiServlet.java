package org.asskomm.platform.rest.internal;

import java.io.IOException;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code /api/*} outside the API's own context ({@code /api/v1}): an unknown version, or a path whose decoded dot
 * segments ({@code /api/v1/x/..%2F..%2Fy}) lead Jetty out of {@code /api/v1}. Such requests would otherwise reach
 * the JAX-RS whiteboard's default application at the root and get CXF's HTML "No service was found"; here they get
 * the API's 404 problem.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/api/*")
@HttpWhiteboardServletName("asskomm-api-outside")
public class OutsideApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient MessageCatalog messages;

    @Activate
    public OutsideApiServlet(@Reference MessageCatalog messages) {
        this.messages = messages;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Paths.write(messages.forRequest(request.getHeader("Accept-Language")), response,
                Problems.response(404, "http-404", List.of()));
    }
}
