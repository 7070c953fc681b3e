package org.asskomm.platform.rest.internal;

import java.io.IOException;
import java.util.function.Supplier;

import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.i18n.Texts;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Writes a {@link Message#stored()} text (a notification kept in a module's table) in the reader's language; every
 * other string as it is. The language comes from the writer's attribute {@link #TEXTS}, a {@code Supplier<Texts>}
 * that {@link JsonProvider} sets per response.
 */
final class StoredMessages extends StdScalarSerializer<String> {

    private static final long serialVersionUID = 1L;
    static final String TEXTS = "asskomm.texts";

    StoredMessages() {
        super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (value.isEmpty() || value.charAt(0) != '\u001F') {
            gen.writeString(value);
            return;
        }
        Message message = Message.ofStored(value).orElseThrow();
        Object texts = provider.getAttribute(TEXTS);
        gen.writeString(texts instanceof Supplier<?> supplier ? ((Texts) supplier.get()).text(message)
                : message.toString());
    }
}
