package org.asskomm.analysis.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.rest.QueryParams;

/** Parsing shared by the module's resources: 400 naming the parameter, never 404 or 500. */
final class Params {

    /** Uploads above this size are refused (a register extract of 100,000 residents is about 8 MB). */
    static final int MAX_UPLOAD = 10 * 1024 * 1024;

    private Params() {
    }

    static UUID id(String raw) {
        return QueryParams.uuid("id", raw);
    }

    static <T> T body(T body) {
        return QueryParams.requiredBody("body", body);
    }

    static boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ValidationException.of(name, "analysis.param.boolean");
        };
    }

    static byte[] upload(InputStream in) throws IOException {
        byte[] content = in == null ? new byte[0] : in.readNBytes(MAX_UPLOAD + 1);
        if (content.length > MAX_UPLOAD) {
            throw ValidationException.of("body", "analysis.param.uploadTooLarge", MAX_UPLOAD);
        }
        return content;
    }
}
