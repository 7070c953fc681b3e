package org.asskomm.platform.rest.internal;

import org.asskomm.platform.api.i18n.Message;
import org.osgi.service.component.annotations.Activate;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Refuses request bodies above a configured size with 413 before anything reads them: at once when
 * the declared Content-Length is too large, and while reading when a body without one (chunked) grows too large;
 * {@link JsonProvider} passes that 413 on instead of calling the body invalid. A body without a Content-Type is
 * refused with 415 here, quietly: CXF would log an ERROR for every such request ("no message body reader").
 * A write without body and type is read as empty JSON, which the JSON provider answers with a 400 naming the body.
 */
@Component(service = {ContainerRequestFilter.class}, scope = ServiceScope.PROTOTYPE, configurationPid = RestConfig.PID)
@ApiExtension(ApiExtension.BODY_LIMIT)
@PreMatching
public class BodySizeLimitFilter implements ContainerRequestFilter {

    /** Reading may lag behind the minimum data rate by this much (a client's first packets, a pause). */
    static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final long maxBytes;
    private final long minBytesPerSecond;

    @Activate
    public BodySizeLimitFilter(RestConfig config) {
        this(config.maxBodyBytes(), config.minRequestDataRate());
    }

    BodySizeLimitFilter(long maxBytes, long minBytesPerSecond) {
        this.maxBytes = maxBytes;
        this.minBytesPerSecond = Math.max(0, minBytesPerSecond);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            UnreadBody.abortWith(request, tooLarge());
            return;
        }
        boolean typed = request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null;
        if (announcesBody(request)) {
            if (!typed) {
                UnreadBody.abortWith(request, Problems.response(415, "http-415", Problems.title("http-415"),
                        Message.of("problem.http-415.untyped"), List.of()));
                return;
            }
            request.setEntityStream(new Limited(request.getEntityStream()));
        } else if (!typed && WRITES.contains(request.getMethod())) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    /**
     * From the headers alone: {@code ContainerRequestContext.hasEntity()} reads the first byte of the body, and a
     * client that sends it slowly would hold this thread before it was even authenticated.
     */
    private static boolean announcesBody(ContainerRequestContext request) {
        String encoding = request.getHeaderString("Transfer-Encoding");
        return request.getLength() > 0 || encoding != null && !encoding.equalsIgnoreCase("identity");
    }

    /** The 413 of this filter when it is the cause of a reader's failure, so that readers can pass it on. */
    static Optional<WebApplicationException> tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TooLarge tooLarge) {
                return Optional.of(tooLarge);
            }
        }
        return Optional.empty();
    }

    private static final class TooLarge extends WebApplicationException {
        TooLarge(Response response) {
            super(response);
        }
    }

    private Response tooLarge() {
        return Problems.response(413, "payload-too-large", List.of(), maxBytes);
    }

    /**
     * Counts what is read and stops at the size limit, and at the minimum data rate: measured from the first read
     * (not from the arrival of the first byte, as Jetty does), so that a small body read late is never too slow,
     * while a body that trickles in (one byte every 2 s) ends with 408 after the grace period.
     */
    private final class Limited extends FilterInputStream {
        private long count;
        private long firstRead;

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
                throw new TooLarge(UnreadBody.closing(tooLarge()));
            }
            long now = System.nanoTime();
            if (firstRead == 0) {
                firstRead = now;
            } else if (minBytesPerSecond > 0 && now - firstRead > GRACE_NANOS
                    && count < minBytesPerSecond * (now - firstRead - GRACE_NANOS) / 1_000_000_000L) {
                throw new TooLarge(UnreadBody.closing(Problems.response(408, "http-408", List.of())));
            }
        }
    }
}
