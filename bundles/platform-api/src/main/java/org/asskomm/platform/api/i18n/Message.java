package org.asskomm.platform.api.i18n;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A text by message key with its arguments, resolved when the response is written, in the caller's language.
 * Arguments are formatted for the locale: {@link java.time.LocalDate} as {@code dd.MM.yyyy} in German,
 * {@link java.math.BigDecimal} with two decimals and the locale's separators, another {@code Message} (a field
 * label, say) resolved in turn, a collection as a list; everything else with {@code toString()}. Placeholders in the
 * property files are {@code {0}}, {@code {1}}, ...; quotes need no escaping.
 *
 * @param key the message key, {@code null} for a literal text
 * @param args the arguments of the placeholders
 * @param fallback the text when no bundle defines the key (for a literal: the text itself)
 */
public record Message(String key, List<Object> args, String fallback) {

    /** Where a bundle keeps its texts: {@code <BUNDLE_PATH>_de.properties} and {@code <BUNDLE_PATH>_en.properties}. */
    public static final String BUNDLE_PATH = "OSGI-INF/l10n/messages";

    /** The prefix of field labels: {@code field.periodStart=Beginn des Zeitraums}. */
    public static final String FIELD_PREFIX = "field.";

    public Message {
        args = args == null ? List.of() : Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    /** The text of {@code key} with these arguments. */
    public static Message of(String key, Object... args) {
        return new Message(Objects.requireNonNull(key, "key"), Arrays.asList(args), null);
    }

    /** A fixed text, the same in every language (texts written before message keys existed). */
    public static Message literal(String text) {
        return new Message(null, List.of(), text);
    }

    /**
     * The label of a field, for a text that names another field ("must not be before {0}"). Indices in the path
     * are ignored: {@code parties[1].name} is labelled by {@code field.parties.name}, else {@code field.name}.
     */
    public static Message field(String path) {
        return new Message(FIELD_PREFIX + labelKey(path), List.of(), path);
    }

    /** The same key with a text to use when no bundle defines it. */
    public Message orElse(String text) {
        return new Message(key, args, text);
    }

    /** The label key of a field path without {@code field.}: indices removed. */
    public static String labelKey(String path) {
        return path == null ? "" : path.replaceAll("\\[[^\\]]*\\]", "");
    }

    /** The key and arguments, for logs; the caller's language is unknown here. */
    @Override
    public String toString() {
        if (key == null) {
            return fallback;
        }
        return args.isEmpty() ? key : key + " " + args;
    }
}
