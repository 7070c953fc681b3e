package org.asskomm.platform.api.i18n;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A text by message key with its arguments, resolved when the response is written, in the caller's language.
 * Arguments are formatted for the locale: {@link LocalDate} as {@code dd.MM.yyyy} in German,
 * {@link BigDecimal} with two decimals and the locale's separators, another {@code Message} (a field
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

    /** Starts a {@link #stored()} message and each of its arguments. */
    private static final char STORED = '\u001F';

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

    /**
     * This message as text to keep in a database column (a notification, say); the REST layer writes such a text in
     * the reader's language wherever it appears in a JSON answer. Dates, amounts and keyed texts without arguments
     * keep their type; any other argument is kept as its text.
     *
     * @see #ofStored(String)
     */
    public String stored() {
        StringBuilder sb = new StringBuilder().append(STORED).append(Objects.requireNonNull(key, "key"));
        for (Object arg : args) {
            sb.append(STORED);
            if (arg instanceof LocalDate date) {
                sb.append('d').append(date);
            } else if (arg instanceof BigDecimal amount) {
                sb.append('m').append(amount.toPlainString());
            } else {
                boolean key = arg instanceof Message m && m.key() != null && m.args().isEmpty();
                sb.append(key ? 'k' : 's').append(key ? ((Message) arg).key() : arg);
            }
        }
        return sb.toString();
    }

    /** The message of a {@link #stored()} text; empty for any other text. */
    public static Optional<Message> ofStored(String text) {
        if (text == null || text.isEmpty() || text.charAt(0) != STORED) {
            return Optional.empty();
        }
        String[] parts = text.substring(1).split(String.valueOf(STORED), -1);
        Object[] args = new Object[parts.length - 1];
        for (int i = 1; i < parts.length; i++) {
            String value = parts[i].isEmpty() ? "" : parts[i].substring(1);
            args[i - 1] = switch (parts[i].isEmpty() ? 's' : parts[i].charAt(0)) {
                case 'd' -> LocalDate.parse(value);
                case 'm' -> new BigDecimal(value);
                case 'k' -> of(value);
                default -> value;
            };
        }
        return Optional.of(of(parts[0], args));
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
