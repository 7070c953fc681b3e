package org.asskomm.platform.rest.internal;

import org.osgi.service.component.annotations.Activate;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Refuses request bodies above a configured size with 413 before anything reads them: at once when
 * the declared Content-Length is too large, and while reading when a body without one grows too large.
 */
@Component(service = {ContainerRequestFilter.class}, scope = ServiceScope.PROTOTYPE, configurationPid = RestConfig.PID)
@JaxrsExtension
@JaxrsApplicationSelect(ApiExtension.EVERY_APPLICATION)
@ApiExtension(ApiExtension.BODY_LIMIT)
@PreMatching
public class BodySizeLimitFilter implements ContainerRequestFilter {

    private final long maxBytes;

    @Activate
    public BodySizeLimitFilter(RestConfig config) {
        this(config.maxBodyBytes());
    }

    BodySizeLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream()));
        }
    }

    private Response tooLarge() {
        return Problems.response(413, "payload-too-large", "Request body too large",
                "The request body exceeds the limit of " + maxBytes + " bytes.", List.of());
    }

    /** Counts what is read and stops at the limit. */
    private final class Limited extends FilterInputStream {
        private long count;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            add(skipped);
            return skipped;
        }

        private void add(long n) {
            count += n;
            if (count > maxBytes) {
                throw new WebApplicationException(tooLarge());
            }
        }
    }
}
