package org.asskomm.platform.rest.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.asskomm.platform.api.rest.Money;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

/**
 * Writes every {@link Money} amount as a JSON number with exactly two decimal places ({@code 1300000.00}), whatever
 * scale the database or a calculation gave the {@code BigDecimal}.
 */
final class MoneyModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    static final JsonSerializer<Object> SERIALIZER = new JsonSerializer<>() {
        @Override
        public void serialize(Object value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeNumber(twoPlaces((BigDecimal) value));
        }
    };

    MoneyModule() {
        super("asskomm-money");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription description,
                                                             List<BeanPropertyWriter> properties) {
                for (BeanPropertyWriter property : properties) {
                    if (property.getType().getRawClass() == BigDecimal.class
                            && property.getAnnotation(Money.class) != null) {
                        property.assignSerializer(SERIALIZER);
                    }
                }
                return properties;
            }
        });
    }

    static BigDecimal twoPlaces(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
