package org.asskomm.platform.rest.internal;

import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.asskomm.platform.api.error.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure leaves the API as {@code application/problem+json}: the platform's problems with
 * their status, JAX-RS errors (unknown path, wrong method, unsupported media type) with theirs, and
 * anything else as a 500 without internals, logged with its stack trace for the operator.
 */
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof ProblemException problem) {
            return Problems.of(problem);
        }
        if (e instanceof WebApplicationException wae) {
            Response r = wae.getResponse();
            if (r.hasEntity()) {
                return r;
            }
            int status = r.getStatus();
            String title = r.getStatusInfo().getReasonPhrase();
            return Problems.response(status, "http-" + status, title, detailFor(status), List.of());
        }
        LOG.error("Unexpected error while serving a request", e);
        return Problems.response(500, "internal", "Internal error",
                "The server could not complete the request; the operator finds the cause in the log.", List.of());
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "There is no resource at this address.";
            case 405 -> "This resource does not support this HTTP method.";
            case 406 -> "This resource cannot produce the requested media type.";
            case 415 -> "Send the body as application/json.";
            default -> null;
        };
    }
}
