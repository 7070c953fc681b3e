package org.asskomm.platform.rest.internal;

import java.io.IOException;
import java.io.InputStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The platform's JSON settings. Strict on input, so that a wrong type or an unknown field is a 400
 * naming the field rather than a silently ignored or coerced value.
 */
public final class Json {

    public static final ObjectMapper MAPPER = create();

    private Json() {
    }

    static ObjectMapper create() {
        ObjectMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule().addSerializer(String.class, new StoredMessages()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** Signals text the databases cannot store; {@link Problems#fieldErrors} names the field. */
    static final class UnstorableTextException extends JsonMappingException {
        UnstorableTextException(JsonParser parser) {
            super(parser, StorableText.MESSAGE.toString());
        }
    }

    /**
     * Reads a request body with the {@link StorableText} check on every string value and every name: of bean
     * fields, of typed and untyped maps, of {@code JsonNode} trees. At the parser, so that no deserializer (Jackson's
     * untyped ones read names and text without any custom deserializer) can pass unstorable text to a module.
     */
    static Object read(InputStream body, JavaType type) throws IOException {
        try (JsonParser parser = new StorableTextParser(MAPPER.createParser(body))) {
            return MAPPER.readValue(parser, type);
        }
    }

    private static final class StorableTextParser extends JsonParserDelegate {
        StorableTextParser(JsonParser parser) {
            super(parser);
        }

        private String checked(String text) throws IOException {
            if (text != null && !StorableText.isStorable(text)) {
                throw new UnstorableTextException(this);
            }
            return text;
        }

        @Override
        public String getText() throws IOException {
            JsonToken token = currentToken();
            return token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME ? checked(delegate.getText())
                    : delegate.getText();
        }

        @Override
        public String getValueAsString() throws IOException {
            return currentToken() == JsonToken.VALUE_STRING ? checked(delegate.getValueAsString())
                    : delegate.getValueAsString();
        }

        @Override
        public String getValueAsString(String defaultValue) throws IOException {
            return currentToken() == JsonToken.VALUE_STRING ? checked(delegate.getValueAsString(defaultValue))
                    : delegate.getValueAsString(defaultValue);
        }

        @Override
        public String nextTextValue() throws IOException {
            return checked(delegate.nextTextValue());
        }

        @Override
        public String nextFieldName() throws IOException {
            return checked(delegate.nextFieldName());
        }

        @Override
        public String currentName() throws IOException {
            return checked(delegate.currentName());
        }

        @Override
        @Deprecated
        public String getCurrentName() throws IOException {
            return checked(delegate.getCurrentName());
        }
    }
}
