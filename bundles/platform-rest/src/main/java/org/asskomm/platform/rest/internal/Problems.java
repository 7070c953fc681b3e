package org.asskomm.platform.rest.internal;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.core.Response;

import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.error.ProblemException;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.rest.Api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Builds RFC 9457 problem responses. Their texts are message keys ({@code problem.<type>.title}, {@code
 * problem.<type>}) resolved in the caller's language when the response is written ({@link ProblemBody}).
 */
public final class Problems {

    private Problems() {
    }

    public static Response of(ProblemException e) {
        return response(e.status(), e.type(), e.titleText(), e.detail(), e.errors());
    }

    /** A problem whose title and detail are the keys {@code problem.<type>.title} and {@code problem.<type>}. */
    public static Response response(int status, String type, List<FieldError> errors, Object... args) {
        return response(status, type, title(type), Message.of("problem." + type, args), errors);
    }

    /** The title of a kind of problem: {@code problem.<type>.title}. */
    static Message title(String type) {
        return Message.of("problem." + type + ".title");
    }

    public static Response response(int status, String type, Message title, Message detail, List<FieldError> errors) {
        ProblemBody body = new ProblemBody(status, type, title, detail, errors);
        Response.ResponseBuilder builder = Response.status(status).type(Api.PROBLEM_JSON).entity(body);
        if (status == 401) {
            builder.header("WWW-Authenticate", "Basic realm=\"ASSKomm\", charset=\"UTF-8\"");
        }
        return builder.build();
    }

    /**
     * A failure of the client's connection while a body was read: Jetty's {@code BadMessageException} (408 when the
     * body arrives slower than the minimum data rate, 400 for a broken chunk), anywhere in the cause chain. Such a
     * failure is the client's, so it is answered with its status, not logged as a 500.
     */
    public static java.util.Optional<Response> clientFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals("org.eclipse.jetty.http.BadMessageException")) {
                int status = 400;
                try {
                    status = (Integer) t.getClass().getMethod("getCode").invoke(t);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // keep 400
                }
                return java.util.Optional.of(response(status, "http-" + status, List.of()));
            }
        }
        return java.util.Optional.empty();
    }

    /** Turns a Jackson failure into field errors: the JSON path of the field and what is wrong with it. */
    public static List<FieldError> fieldErrors(Exception e) {
        List<FieldError> errors = new ArrayList<>();
        if (e instanceof Json.FieldProblems several) {
            several.problems.forEach(problem -> errors.addAll(fieldErrors(problem)));
        } else if (e instanceof JsonMappingException jme && !jme.getPath().isEmpty()) {
            String field = path(jme.getPath());
            Message message;
            if (e instanceof Json.UnstorableTextException) {
                message = StorableText.MESSAGE;
            } else if (e instanceof UnrecognizedPropertyException) {
                message = Message.of("validation.unknownField");
            } else if (e instanceof InvalidFormatException ife) {
                message = Message.of("validation.invalidValue", describe(ife.getTargetType()));
            } else if (e instanceof MismatchedInputException mie) {
                message = Message.of("validation.wrongType", describe(mie.getTargetType()));
            } else {
                message = Message.of("validation.invalid");
            }
            errors.add(FieldError.of(field, message));
        } else if (e instanceof Json.UnstorableTextException) {
            errors.add(FieldError.of("body", StorableText.MESSAGE));
        } else if (e instanceof MismatchedInputException mie && mie.getMessage() != null
                && mie.getMessage().startsWith("No content")) {
            errors.add(FieldError.of("body", "validation.required"));
        } else {
            errors.add(FieldError.of("body", "validation.notJson"));
        }
        return errors;
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    private static Message describe(Class<?> type) {
        if (type == null) {
            return Message.of("type.other");
        }
        if (type.isEnum()) {
            return Message.of("type.oneOf", List.of(type.getEnumConstants()));
        }
        return switch (type.getSimpleName()) {
            case "Integer", "int", "Long", "long" -> Message.of("type.wholeNumber");
            case "BigDecimal", "Double", "double" -> Message.of("type.number");
            case "Boolean", "boolean" -> Message.of("type.boolean");
            case "String" -> Message.of("type.string");
            case "LocalDate" -> Message.of("type.date");
            case "UUID" -> Message.of("type.uuid");
            case "List", "Set", "Collection" -> Message.of("type.array");
            default -> Message.of("type.object", type.getSimpleName());
        };
    }
}
