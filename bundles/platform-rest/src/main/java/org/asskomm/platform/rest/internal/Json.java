package org.asskomm.platform.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
                .addModule(new MoneyModule())
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

    /** Several field errors of one body, reported together; {@link Problems#fieldErrors} lists each. */
    static final class FieldProblems extends JsonMappingException {
        final transient List<JsonMappingException> problems;

        FieldProblems(List<JsonMappingException> problems) {
            super(null, problems.get(0).getOriginalMessage());
            this.problems = problems;
        }
    }

    /** How many field errors of one body are looked for at most, and in bodies up to which size (each is a re-read). */
    private static final int MAX_FIELD_ERRORS = 20;
    private static final int MAX_REREAD_BYTES = 64 * 1024;

    /**
     * Reads a request body with the {@link StorableText} check on every string value and every name: of bean
     * fields, of typed and untyped maps, of {@code JsonNode} trees. At the parser, so that no deserializer (Jackson's
     * untyped ones read names and text without any custom deserializer) can pass unstorable text to a module.
     * Jackson stops at the first field it cannot read; then the others are looked for too (see
     * {@link #withOtherFieldErrors}), so that the client learns every wrong field at once.
     */
    static Object read(InputStream body, JavaType type) throws IOException {
        byte[] bytes = body.readAllBytes();
        try (JsonParser parser = new StorableTextParser(MAPPER.createParser(bytes))) {
            return MAPPER.readValue(parser, type);
        } catch (JsonMappingException first) {
            throw withOtherFieldErrors(bytes, type, first);
        }
    }

    /**
     * Takes the faulty field out of the body's tree and reads it again, until it reads or nothing new is found. A
     * record's own checks on the taken-out fields are not reported ({@code ValueInstantiationException}): they
     * would complain about the client's fields as if they were missing.
     */
    private static JsonMappingException withOtherFieldErrors(byte[] bytes, JavaType type, JsonMappingException first) {
        if (first.getPath().isEmpty() || first instanceof UnstorableTextException
                || first instanceof ValueInstantiationException || bytes.length > MAX_REREAD_BYTES) {
            return first;
        }
        JsonNode tree;
        try (JsonParser parser = new StorableTextParser(MAPPER.createParser(bytes))) {
            tree = MAPPER.readTree(parser);
        } catch (IOException e) {
            return first;
        }
        List<JsonMappingException> found = new ArrayList<>(List.of(first));
        Set<String> takenOut = new HashSet<>();
        JsonMappingException last = first;
        JsonNode neutral = null;
        while (found.size() < MAX_FIELD_ERRORS && takenOut.add(last.getPathReference() + neutral)
                && replace(tree, last.getPath(), neutral)) {
            try {
                MAPPER.readerFor(type).readValue(MAPPER.treeAsTokens(tree));
                break;
            } catch (ValueInstantiationException notTheClients) {
                break;
            } catch (JsonMappingException next) {
                if (next.getPath().isEmpty()) {
                    break;
                }
                // a primitive the client sent wrongly is missing now: give it 0 or false and go on
                neutral = next.getPathReference().equals(last.getPathReference()) ? neutral(next) : null;
                if (neutral == null) {
                    found.add(next);
                }
                last = next;
            } catch (IOException e) {
                break;
            }
        }
        return found.size() == 1 ? first : new FieldProblems(found);
    }

    private static JsonNode neutral(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException mie ? mie.getTargetType() : null;
        if (type == boolean.class) {
            return BooleanNode.FALSE;
        }
        return type != null && type.isPrimitive() ? IntNode.valueOf(0) : null;
    }

    /**
     * Replaces the value at a Jackson path in the tree; {@code null} removes it (an array element becomes null).
     * False when there is no such value.
     */
    private static boolean replace(JsonNode tree, List<JsonMappingException.Reference> path, JsonNode value) {
        JsonNode parent = tree;
        for (int i = 0; i < path.size(); i++) {
            JsonMappingException.Reference ref = path.get(i);
            boolean last = i == path.size() - 1;
            if (ref.getFieldName() != null && parent instanceof ObjectNode object) {
                if (last) {
                    return (value == null ? object.remove(ref.getFieldName()) : object.replace(ref.getFieldName(), value))
                            != null || value != null;
                }
                parent = object.get(ref.getFieldName());
            } else if (ref.getIndex() >= 0 && parent instanceof ArrayNode array && ref.getIndex() < array.size()) {
                if (last) {
                    array.set(ref.getIndex(), value == null ? NullNode.getInstance() : value);
                    return true;
                }
                parent = array.get(ref.getIndex());
            } else {
                return false;
            }
        }
        return false;
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
