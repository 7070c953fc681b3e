package org.asskomm.platform.api.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The texts of one language: resolves {@link Message}s and field labels, formats dates and amounts the way the
 * language writes them (German {@code 05.03.2021} and {@code 12.000,00}, English {@code 5 Mar 2021} and
 * {@code 12,000.00}). German unless the caller's {@code Accept-Language} prefers English. The platform gives the
 * texts of every bundle through {@link Translations}.
 */
public final class Texts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final Locale locale;
    private final Map<String, String> texts;

    /** The texts {@code key=pattern} of one language. */
    public Texts(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = Map.copyOf(texts);
    }

    /** {@link Locale#UK} when the first language of the header that the platform speaks is English, else German. */
    public static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.GERMANY;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange();
                if (tag.startsWith("en")) {
                    return Locale.UK;
                }
                if (tag.startsWith("de")) {
                    return Locale.GERMANY;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // a header that is no language list: German
        }
        return Locale.GERMANY;
    }

    public Locale locale() {
        return locale;
    }

    /** The keys this language defines. */
    public Set<String> keys() {
        return texts.keySet();
    }

    /** The message in this language; its fallback (or key) where no bundle defines the key. */
    public String text(Message message) {
        if (message == null) {
            return null;
        }
        if (message.key() == null) {
            return message.fallback();
        }
        if (message.key().startsWith(Message.FIELD_PREFIX) && !texts.containsKey(message.key())) {
            return label(message.fallback() == null ? message.key().substring(Message.FIELD_PREFIX.length())
                    : message.fallback());
        }
        String pattern = texts.getOrDefault(message.key(), message.fallback() != null ? message.fallback() : message.key());
        List<Object> args = message.args();
        if (args.isEmpty()) {
            return pattern;
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(i < args.size() ? format(args.get(i)) : m.group()));
        }
        return m.appendTail(sb).toString();
    }

    /**
     * The label of a field path: {@code field.parties.name} for {@code parties[1].name}, else {@code field.name},
     * else the path itself.
     */
    public String label(String path) {
        String key = Message.labelKey(path);
        String label = texts.get(Message.FIELD_PREFIX + key);
        if (label == null && key.contains(".")) {
            label = texts.get(Message.FIELD_PREFIX + key.substring(key.lastIndexOf('.') + 1));
        }
        return label != null ? label : path;
    }

    private String format(Object arg) {
        if (arg instanceof Message m) {
            return text(m);
        }
        if (arg instanceof LocalDate d) {
            return d.format(dates());
        }
        if (arg instanceof LocalDateTime t) {
            return t.format(dateTimes());
        }
        if (arg instanceof Instant i) {
            return dateTimes().format(i.atZone(ZONE));
        }
        if (arg instanceof OffsetDateTime o) {
            return dateTimes().format(o.atZoneSameInstant(ZONE));
        }
        if (arg instanceof BigDecimal amount) {
            NumberFormat nf = NumberFormat.getNumberInstance(locale);
            nf.setMinimumFractionDigits(Math.max(2, amount.scale()));
            nf.setMaximumFractionDigits(Math.max(2, amount.scale()));
            return nf.format(amount);
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(this::format).collect(Collectors.joining(", "));
        }
        if (arg instanceof TemporalAccessor other) {
            return other.toString();
        }
        return String.valueOf(arg);
    }

    private DateTimeFormatter dates() {
        return locale.getLanguage().equals("de") ? DateTimeFormatter.ofPattern("dd.MM.yyyy", locale)
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    private DateTimeFormatter dateTimes() {
        return locale.getLanguage().equals("de") ? DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", locale)
                : DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale);
    }

    /** The texts of one property file (UTF-8, unlike {@link Properties#load(InputStream)}). */
    public static Map<String, String> read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> texts = new HashMap<>();
        properties.forEach((k, v) -> texts.put((String) k, (String) v));
        return texts;
    }
}
