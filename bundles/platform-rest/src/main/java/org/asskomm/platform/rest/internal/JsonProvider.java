package org.asskomm.platform.rest.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Supplier;

import javax.ws.rs.BadRequestException;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.error.ProblemException;
import org.asskomm.platform.api.i18n.Texts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * JSON for the whole API with the platform's strict {@link Json} settings. A body that cannot be read
 * becomes a 400 problem naming the field; the client never sees a parser's stack trace.
 */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class}, scope = ServiceScope.PROTOTYPE)
@ApiExtension(ApiExtension.JSON)
@Produces({MediaType.APPLICATION_JSON, "application/problem+json", "application/*+json"})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    private final MessageCatalog messages;

    @Context
    private HttpHeaders request;

    @Activate
    public JsonProvider(@Reference MessageCatalog messages) {
        this.messages = messages;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && !isRaw(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        JavaType javaType = Json.MAPPER.getTypeFactory().constructType(genericType != null ? genericType : type);
        Object value;
        try {
            value = Json.read(entityStream, javaType);
        } catch (ValueInstantiationException e) {
            passOnTooLarge(e);
            if (e.getCause() instanceof ProblemException problem) {
                throw new BadRequestException(Problems.of(problem));
            }
            throw badRequest(e);
        } catch (JsonProcessingException e) {
            passOnTooLarge(e);
            throw badRequest(e);
        } catch (RuntimeException e) {
            passOnTooLarge(e);
            throw e;
        }
        if (value == null) {
            // the JSON literal null: no resource expects a missing body
            throw new BadRequestException(Problems.response(400, "validation",
                    List.of(FieldError.of("body", "validation.required"))));
        }
        return value;
    }

    /**
     * Jackson wraps what the body limit (413) or Jetty's minimum data rate (408) throw while it reads; the client
     * must see that status, not "field is invalid".
     */
    private static void passOnTooLarge(Exception e) {
        BodySizeLimitFilter.tooLarge(e).ifPresent(tooLarge -> {
            throw tooLarge;
        });
        Problems.clientFailure(e).ifPresent(response -> {
            throw new javax.ws.rs.WebApplicationException(response);
        });
    }

    private static BadRequestException badRequest(JsonProcessingException e) {
        return new BadRequestException(Problems.response(400, "validation", Problems.fieldErrors(e)));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && !isRaw(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        if (value instanceof ProblemBody problem) {
            Json.MAPPER.writeValue(new NonClosing(entityStream), problem.resolve(messages.forRequest(acceptLanguage())));
            return;
        }
        // stored messages (notifications) in the reader's language; the header is read only when one occurs
        Supplier<Texts> texts = () -> messages.forRequest(acceptLanguage());
        Json.MAPPER.writer().withAttribute(StoredMessages.TEXTS, texts).writeValue(new NonClosing(entityStream), value);
    }

    /** The caller's Accept-Language; none outside a request. */
    private String acceptLanguage() {
        try {
            return request == null ? null : request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null && (mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json"));
    }

    /** Types the JAX-RS runtime writes itself. */
    private static boolean isRaw(Class<?> type) {
        return type == String.class || type == byte[].class || InputStream.class.isAssignableFrom(type)
                || StreamingOutput.class.isAssignableFrom(type) || File.class.isAssignableFrom(type);
    }

    /** Jackson closes the stream it writes to; the container owns it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
