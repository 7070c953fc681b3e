package org.asskomm.jetty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to a request it refuses before any servlet runs (a bad request line, a NUL or an ambiguous segment
 * in the path: 400; an over-long URI: 414; over-long headers: 431): {@code application/problem+json} like every other
 * error of the API, instead of Jetty's HTML. Every other error keeps Jetty's own handling.
 */
public class ProblemErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        if (HttpStatus.hasNoBody(status)) {
            return ByteBuffer.allocate(0);
        }
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/problem+json"));
        fields.put(new HttpField("X-Content-Type-Options", "nosniff"));
        return ByteBuffer.wrap(problem(status).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The problem document; the reason Jetty gives is not echoed (it may quote the request). In German, the API's
     * language when the caller names none: Jetty refuses such a request before its headers (and so its
     * {@code Accept-Language}) are read.
     */
    static String problem(int status) {
        String title = switch (status) {
            case 414 -> "Adresse zu lang";
            case 431 -> "Kopfzeilen der Anfrage zu groß";
            default -> "Ungültige Anfrage";
        };
        String detail = switch (status) {
            case 414 -> "Die Adresse der Anfrage ist länger, als der Server annimmt.";
            case 431 -> "Die Kopfzeilen der Anfrage sind größer, als der Server annimmt.";
            default -> "Der Server konnte die Anfrage nicht lesen (ihre Adresse oder Kopfzeilen sind fehlerhaft).";
        };
        return "{\"type\":\"urn:asskomm:problem:http-" + status + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }
}
