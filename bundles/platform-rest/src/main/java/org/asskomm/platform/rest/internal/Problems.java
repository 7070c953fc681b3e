package org.asskomm.platform.rest.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;

import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.error.ProblemException;
import org.asskomm.platform.api.rest.Api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Builds RFC 9457 problem responses. */
public final class Problems {

    private static final String TYPE_PREFIX = "urn:asskomm:problem:";

    private Problems() {
    }

    public static Response of(ProblemException e) {
        return response(e.status(), e.type(), e.title(), e.getMessage(), e.errors());
    }

    public static Response response(int status, String type, String title, String detail, List<FieldError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_PREFIX + type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (!errors.isEmpty()) {
            body.put("errors", errors);
        }
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
                return java.util.Optional.of(response(status, "http-" + status,
                        status == 408 ? "Request Timeout" : "Bad Request",
                        status == 408 ? "The request body arrived too slowly." : "The request body could not be read.",
                        List.of()));
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
            String message;
            if (e instanceof Json.UnstorableTextException) {
                message = StorableText.MESSAGE;
            } else if (e instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (e instanceof InvalidFormatException ife) {
                message = "has an invalid value for " + describe(ife.getTargetType());
            } else if (e instanceof MismatchedInputException mie) {
                message = "has the wrong type; expected " + describe(mie.getTargetType());
            } else {
                message = "is invalid";
            }
            errors.add(new FieldError(field, message));
        } else if (e instanceof Json.UnstorableTextException) {
            errors.add(new FieldError("body", StorableText.MESSAGE));
        } else if (e instanceof MismatchedInputException mie && mie.getMessage() != null
                && mie.getMessage().startsWith("No content")) {
            errors.add(new FieldError("body", "is required"));
        } else {
            errors.add(new FieldError("body", "is not valid JSON"));
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

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum()) {
            StringBuilder sb = new StringBuilder("one of ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return sb.toString();
        }
        return switch (type.getSimpleName()) {
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "BigDecimal", "Double", "double" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            case "LocalDate" -> "a date (YYYY-MM-DD)";
            case "UUID" -> "a UUID";
            case "List", "Set", "Collection" -> "an array";
            default -> "an object (" + type.getSimpleName() + ")";
        };
    }
}
