package org.asskomm.platform.rest.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ReadListener;
import javax.servlet.ServletException;
import javax.servlet.ServletInputStream;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletRequestWrapper;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

import org.asskomm.platform.api.rest.Api;
import org.osgi.service.component.annotations.Component;

/**
 * Bridges the moment in which the JAX-RS whiteboard redeploys {@code /api/v1} because a module's resources
 * came or went. In that gap CXF answers {@code 404 text/html} ("no service was found") before any resource
 * ran, so the request can safely be replayed; every 404 of the API itself is {@code application/problem+json}
 * and passes through untouched. Request bodies are buffered for the replay (the API's bodies are small;
 * uploads are limited anyway).
 */
@Component(service = Filter.class, property = {
        // the Aries whiteboard serves an application in a servlet context of its own, "context.for<name>"
        "osgi.http.whiteboard.context.select=(osgi.http.whiteboard.context.name=context.for" + Api.APPLICATION_NAME + ")",
        "osgi.http.whiteboard.filter.pattern=/*",
        "osgi.http.whiteboard.filter.name=asskomm-redeploy-gap"})
public class RedeployGapFilter implements Filter {

    static final int MAX_REPLAYS = 100;
    static final long PAUSE_MILLIS = 50;
    /** Bodies above this size are not buffered, so such requests are not replayed. */
    static final int MAX_BUFFERED_BODY = 11 * 1024 * 1024;

    @Override
    public void init(FilterConfig config) {
        // stateless
    }

    @Override
    public void destroy() {
        // stateless
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)
                || http.getContentLengthLong() > MAX_BUFFERED_BODY) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = http.getInputStream().readNBytes(MAX_BUFFERED_BODY);
        for (int attempt = 0; ; attempt++) {
            CapturedResponse captured = new CapturedResponse(out);
            chain.doFilter(new ReplayableRequest(http, body), captured);
            if (!captured.isGap() || attempt >= MAX_REPLAYS) {
                captured.sendTo(out);
                return;
            }
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                captured.sendTo(out);
                return;
            }
        }
    }

    private static final class ReplayableRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }
    }

    /** Holds status, headers and body until it is clear that this answer is the one to send. */
    private static final class CapturedResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final List<String[]> headers = new ArrayList<>();
        private int status = 200;
        private String contentType;
        private PrintWriter writer;

        CapturedResponse(HttpServletResponse response) {
            super(response);
        }

        boolean isGap() {
            return status == 404 && (contentType == null || !contentType.contains("json"));
        }

        void sendTo(HttpServletResponse out) throws IOException {
            if (writer != null) {
                writer.flush();
            }
            out.setStatus(status);
            for (String[] h : headers) {
                out.addHeader(h[0], h[1]);
            }
            if (contentType != null) {
                out.setContentType(contentType);
            }
            out.setContentLength(body.size());
            body.writeTo(out.getOutputStream());
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        @SuppressWarnings("deprecation")
        public void setStatus(int sc, String message) {
            status = sc;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setContentType(String type) {
            contentType = type;
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public void setHeader(String name, String value) {
            if ("content-type".equalsIgnoreCase(name)) {
                contentType = value;
                return;
            }
            headers.removeIf(h -> h[0].equalsIgnoreCase(name));
            headers.add(new String[] {name, value});
        }

        @Override
        public void addHeader(String name, String value) {
            if ("content-type".equalsIgnoreCase(name)) {
                contentType = value;
                return;
            }
            headers.add(new String[] {name, value});
        }

        @Override
        public void setIntHeader(String name, int value) {
            setHeader(name, String.valueOf(value));
        }

        @Override
        public void addIntHeader(String name, int value) {
            addHeader(name, String.valueOf(value));
        }

        @Override
        public void setDateHeader(String name, long date) {
            setHeader(name, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(java.time.Instant.ofEpochMilli(date).atZone(java.time.ZoneOffset.UTC)));
        }

        @Override
        public boolean containsHeader(String name) {
            return headers.stream().anyMatch(h -> h[0].equalsIgnoreCase(name));
        }

        @Override
        public void setContentLength(int len) {
            // the real length is set when the captured body is sent
        }

        @Override
        public void setContentLengthLong(long len) {
            // as above
        }

        @Override
        public void flushBuffer() {
            // nothing leaves before the decision
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void reset() {
            resetBuffer();
            headers.clear();
            status = 200;
            contentType = null;
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("blocking writes only");
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
                writer = new PrintWriter(new java.io.OutputStreamWriter(body, java.nio.charset.Charset.forName(encoding)));
            }
            return writer;
        }
    }
}
