package org.asskomm.platform.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.i18n.Texts;

/**
 * An RFC 9457 problem before its texts are resolved: the JSON writer ({@link JsonProvider}) or a servlet
 * ({@link Paths#write}) turns it into the document in the caller's language.
 */
record ProblemBody(int status, String type, Message title, Message detail, List<FieldError> errors) {

    private static final String TYPE_PREFIX = "urn:asskomm:problem:";

    Map<String, Object> resolve(Texts texts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", texts.text(title));
        body.put("status", status);
        List<Map<String, String>> fields = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (FieldError e : errors) {
            Map<String, String> field = new LinkedHashMap<>();
            String label = texts.label(e.field());
            String message = texts.text(e.text() != null ? e.text() : Message.literal(e.message()));
            field.put("field", e.field());
            field.put("label", label);
            field.put("message", message);
            fields.add(field);
            summary.add(label + " " + message);
        }
        String text = "validation".equals(type) && !errors.isEmpty()
                ? texts.text(Message.of("problem.validation.detail", String.join("; ", summary)))
                : texts.text(detail);
        if (text != null) {
            body.put("detail", text);
        }
        if (!fields.isEmpty()) {
            body.put("errors", fields);
        }
        return body;
    }
}
