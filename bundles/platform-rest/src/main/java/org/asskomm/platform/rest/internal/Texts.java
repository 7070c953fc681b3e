package org.asskomm.platform.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.asskomm.platform.api.error.ProblemException;
import org.asskomm.platform.api.i18n.Message;

/**
 * The texts of one language: resolves {@link Message}s and field labels, formats dates and amounts the way the
 * language writes them (German {@code 05.03.2021} and {@code 12.000,00}, English {@code 5 Mar 2021} and
 * {@code 12,000.00}). German unless the caller's {@code Accept-Language} prefers English.
 */
public final class Texts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Map<Locale, Map<String, String>> PLATFORM = Map.of(
            Locale.GERMANY, platformTexts("de"), Locale.UK, platformTexts("en"));

    private final Locale locale;
    private final Map<String, String> texts;

    Texts(Locale locale, Map<String, String> texts) {
        this.locale = locale;
        this.texts = texts;
    }

    /** The platform's own texts (platform-api and platform-rest), where no catalog of all bundles is at hand. */
    public static Texts platform(String acceptLanguage) {
        Locale locale = locale(acceptLanguage);
        return new Texts(locale, PLATFORM.get(locale));
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

    /** The title and detail of a problem in this language. */
    public String title(ProblemException problem) {
        return text(problem.titleText());
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

    private static Map<String, String> platformTexts(String language) {
        Map<String, String> texts = new HashMap<>();
        load(ProblemException.class.getClassLoader().getResource(Message.BUNDLE_PATH + "_" + language + ".properties"),
                texts);
        load(Texts.class.getClassLoader().getResource(Message.BUNDLE_PATH + "_" + language + ".properties"), texts);
        return Map.copyOf(texts);
    }

    /** Adds the texts of one property file (UTF-8) to {@code into}; nothing when {@code url} is null. */
    static void load(URL url, Map<String, String> into) {
        if (url == null) {
            return;
        }
        Properties properties = new Properties();
        try (InputStream in = url.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the texts " + url, e);
        }
        properties.forEach((k, v) -> into.put((String) k, (String) v));
    }
}
