package org.asskomm.platform.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Response;

import org.apache.cxf.io.DelegatingInputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * Refusals of requests whose body nobody will read (not authenticated, throttled, cross-site, too large). CXF reads
 * the rest of an unread request body (up to 16 MiB) before it writes the response, to keep the connection reusable;
 * a client sending its body slowly would so hold a request thread although it was refused. Without that input
 * CXF skips the reading, and {@code Connection: close} ends the connection after the answer instead.
 */
final class UnreadBody {

    private UnreadBody() {
    }

    static void abortWith(ContainerRequestContext request, Response response) {
        String encoding = request.getHeaderString("Transfer-Encoding");
        boolean body = request.getLength() > 0 || encoding != null && !encoding.equalsIgnoreCase("identity");
        request.abortWith(body ? closing(response) : response);
    }

    /** The response, with CXF kept from reading the rest of the body and the connection closed after it. */
    static Response closing(Response response) {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message != null) {
            message.removeContent(DelegatingInputStream.class);
        }
        return Response.fromResponse(response).header("Connection", "close").build();
    }
}
