package org.asskomm.platform.rest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.HttpHeaders;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Answers a read again from memory, before JAX-RS, when its resource said that the answer changes only with a
 * revision (the municipal directory: {@link #offer}). A repeated answer is given only for the same request (path,
 * query, {@code Accept}, {@code Accept-Language}) of the same login that received it from the application, while
 * that login is still remembered and the revision holds, and never to a throttled caller; it is counted in the
 * metrics under the same endpoint. Everything else (first requests, anonymous and conditional requests, errors, other
 * users) goes through the application and its extensions, so the extensions decided every answer given here.
 * Decision 0003 says why: a read through CXF costs several times what the data costs.
 */
@Component(service = RepeatedReads.class)
public class RepeatedReads {

    /** The request attribute through which a resource offers its answer. */
    static final String ATTRIBUTE = RepeatedReads.class.getName() + ".answer";
    private static final long MAX_BYTES = 16L << 20;
    private static final List<String> PER_RESPONSE = List.of(HttpHeaders.DATE, "X-Request-Id", HttpHeaders.SET_COOKIE);

    private final JaasAuthenticator authenticator;
    private final LoginThrottle throttle;
    private final TrustedProxies proxies;
    private final RequestMetrics metrics;

    @Activate
    public RepeatedReads(@Reference JaasAuthenticator authenticator, @Reference LoginThrottle throttle,
            @Reference TrustedProxies proxies, @Reference RequestMetrics metrics) {
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.proxies = proxies;
        this.metrics = metrics;
    }

    /**
     * Offers the answer of this request for repetition: {@code body} is exactly the entity the resource returns,
     * {@code tag} the revision it was made from, {@code current} the revision now.
     */
    public static void offer(HttpServletRequest request, byte[] body, String tag, Supplier<String> current) {
        request.setAttribute(ATTRIBUTE, new Offer(body, tag, current));
    }

    /** Gives the remembered answer of this request; false when the application must answer it. */
    boolean answer(Answers answers, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (answers.entries.isEmpty()) {
            return false;   // the modules' applications offer nothing: no header decoding on their hot path
        }
        Optional<AuthenticationFilter.Credentials> credentials = repeatable(request);
        if (credentials.isEmpty()) {
            return false;
        }
        String key = key(request, credentials.get());
        Answer answer = answers.entries.get(key);
        if (answer == null) {
            return false;
        }
        if (!answer.offer.tag().equals(answer.offer.current().get())) {
            answers.remove(key, answer);
            return false;
        }
        if (throttle.waitMillis(credentials.get().user(), proxies.source(request)) > 0
                || login(credentials.get()) != answer.login) {
            return false;   // the application answers: 429, or a new login (whose roles may have changed)
        }
        long started = System.nanoTime();
        response.setStatus(HttpServletResponse.SC_OK);
        for (String[] header : answer.headers) {
            response.addHeader(header[0], header[1]);
        }
        response.setHeader(HttpHeaders.DATE, HttpDate.now());
        response.setHeader("X-Request-Id", RequestMetricsFilter.requestId(request.getHeader("X-Request-Id")));
        response.getOutputStream().write(answer.offer.body());
        metrics.record("GET", answer.template, HttpServletResponse.SC_OK, System.nanoTime() - started);
        return true;
    }

    /** After the application answered: remembers the answer when its resource offered it and it is a plain 200. */
    void remember(Answers answers, HttpServletRequest request, HttpServletResponse response) {
        if (!(request.getAttribute(ATTRIBUTE) instanceof Offer offer) || response.getStatus() != HttpServletResponse.SC_OK
                || !(request.getAttribute(RequestMetricsFilter.TEMPLATE) instanceof String template)) {
            return;
        }
        Optional<AuthenticationFilter.Credentials> credentials = repeatable(request);
        CurrentUser login = credentials.map(this::login).orElse(null);
        if (login == null) {
            return;
        }
        List<String[]> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (PER_RESPONSE.stream().noneMatch(name::equalsIgnoreCase)) {
                response.getHeaders(name).forEach(value -> headers.add(new String[] {name, value}));
            }
        }
        answers.put(key(request, credentials.get()),
                new Answer(offer, headers.toArray(String[][]::new), template, login));
    }

    private CurrentUser login(AuthenticationFilter.Credentials credentials) {
        return authenticator.remembered(credentials.user(), credentials.password()).orElse(null);
    }

    /** Credentials of an unconditional GET without a body: only such requests are repeated. */
    private static Optional<AuthenticationFilter.Credentials> repeatable(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !"GET".equals(request.getMethod()) || request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
                || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null || request.getContentLengthLong() > 0
                || request.getHeader("Transfer-Encoding") != null) {
            return Optional.empty();
        }
        return AuthenticationFilter.basic(authorization);
    }

    private static String key(HttpServletRequest request, AuthenticationFilter.Credentials credentials) {
        return request.getRequestURI() + '?' + request.getQueryString() + '\n' + request.getHeader(HttpHeaders.ACCEPT)
                + '\n' + request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) + '\n' + request.getHeader("X-Requested-With")
                + '\n' + credentials.user();
    }

    private record Offer(byte[] body, String tag, Supplier<String> current) {
    }

    /** {@code login} is the remembered login the answer was given to: a new login of the same user must ask again. */
    private record Answer(Offer offer, String[][] headers, String template, CurrentUser login) {
    }

    /** The remembered answers of one application, bounded in bytes (emptied when full: they are made again). */
    static final class Answers {
        private final Map<String, Answer> entries = new ConcurrentHashMap<>();
        private final AtomicLong bytes = new AtomicLong();

        private void put(String key, Answer answer) {
            if (bytes.addAndGet(size(key, answer)) > MAX_BYTES) {
                clear();
                bytes.addAndGet(size(key, answer));
            }
            Answer replaced = entries.put(key, answer);
            if (replaced != null) {
                bytes.addAndGet(-size(key, replaced));
            }
        }

        private static long size(String key, Answer answer) {
            return answer.offer.body().length + key.length();
        }

        private void remove(String key, Answer answer) {
            if (entries.remove(key, answer)) {
                bytes.addAndGet(-size(key, answer));
            }
        }

        /** Forgets everything, e.g. when the application's resources were replaced. */
        void clear() {
            entries.clear();
            bytes.set(0);
        }
    }
}
