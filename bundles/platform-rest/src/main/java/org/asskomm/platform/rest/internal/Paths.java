package org.asskomm.platform.rest.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.core.Response;

import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.i18n.Texts;
import org.asskomm.platform.api.rest.Api;

/**
 * Request paths the API refuses before any application sees them: dot segments ({@code .}, {@code ..}) and encoded
 * slashes, backslashes or dots. No resource of the API takes such a value, and Jetty (which routes by the decoded,
 * normalised path) and CXF (which matches the raw one) would otherwise disagree about where the request belongs,
 * ending in CXF's HTML "No service was found" instead of a problem.
 */
final class Paths {

    private Paths() {
    }

    static boolean isAmbiguous(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%2e") || lower.contains("\\")) {
            return true;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(MessageCatalog.platform(request.getHeader("Accept-Language")), response, Problems.response(400, "validation",
                List.of(FieldError.of("path", "validation.ambiguousPath"))));
    }

    /**
     * A problem of {@link Problems} written by a servlet, where no JAX-RS application (and no ProblemMapper) runs,
     * in the language of {@code texts}.
     */
    static void write(Texts texts, HttpServletResponse response, Response problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(Api.PROBLEM_JSON);
        response.setHeader("X-Content-Type-Options", "nosniff");
        Object entity = problem.getEntity();
        Json.MAPPER.writeValue(response.getOutputStream(),
                entity instanceof ProblemBody body ? body.resolve(texts) : entity);
    }
}
