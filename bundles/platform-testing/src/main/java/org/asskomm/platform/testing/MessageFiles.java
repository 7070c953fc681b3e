package org.asskomm.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.i18n.Texts;

/**
 * Checks a bundle's texts ({@link Message#BUNDLE_PATH}{@code _de.properties} and {@code _en.properties}): both
 * languages define the same keys with the same placeholders and no empty text, and every message key the bundle's code
 * names as a string literal is defined by the bundle or by a bundle on its class path (the platform API's
 * {@code validation.*}, say). A module's unit test calls {@code MessageFiles.verify(Path.of(""))}; its other tests
 * read a problem's text with {@link #english(Message)}.
 */
public final class MessageFiles {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A string literal that looks like a message key and is not the start of a concatenation. */
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9-]+)+)\"(?!\\s*\\+)");

    private MessageFiles() {
    }

    /** Fails with every problem found in the bundle at {@code moduleDir} (its Maven directory). */
    public static void verify(Path moduleDir) {
        List<String> problems = problems(moduleDir);
        if (!problems.isEmpty()) {
            throw new AssertionError("Texts of " + moduleDir.toAbsolutePath().normalize() + ":\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** What is wrong with the texts of the bundle at {@code moduleDir}; empty when nothing. */
    public static List<String> problems(Path moduleDir) {
        Path dir = moduleDir.resolve("src/main/resources");
        Map<String, String> de = load(dir.resolve(Message.BUNDLE_PATH + "_de.properties"));
        Map<String, String> en = load(dir.resolve(Message.BUNDLE_PATH + "_en.properties"));
        List<String> problems = new ArrayList<>();
        for (String key : union(de.keySet(), en.keySet())) {
            String german = de.get(key);
            String english = en.get(key);
            if (german == null || german.isBlank()) {
                problems.add(key + ": no German text");
            } else if (english == null || english.isBlank()) {
                problems.add(key + ": no English text");
            } else if (!placeholders(german).equals(placeholders(english))) {
                problems.add(key + ": placeholders differ, German " + placeholders(german) + ", English "
                        + placeholders(english));
            }
        }
        Set<String> known = new HashSet<>(de.keySet());
        known.addAll(classPathKeys());
        Set<String> prefixes = new HashSet<>();
        known.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
        for (Map.Entry<String, Path> used : usedKeys(moduleDir.resolve("src/main/java"), prefixes).entrySet()) {
            if (!known.contains(used.getKey())) {
                problems.add(used.getKey() + ": used in " + used.getValue().getFileName() + " but in no message file");
            }
        }
        return problems;
    }

    /** The texts of every bundle on the class path (the module under test, the platform API) in one language. */
    public static Texts texts(Locale locale) {
        Map<String, String> texts = new HashMap<>();
        for (URL url : resources(Message.BUNDLE_PATH + "_" + locale.getLanguage() + ".properties")) {
            try (InputStream in = url.openStream()) {
                texts.putAll(Texts.read(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Texts(locale, texts);
    }

    /** A message as an English reader sees it. */
    public static String english(Message message) {
        return texts(Locale.UK).text(message);
    }

    /** The {@code {n}} placeholders of a text. */
    public static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Map<String, Path> usedKeys(Path sources, Set<String> prefixes) {
        Map<String, Path> used = new TreeMap<>();
        if (!Files.isDirectory(sources)) {
            return used;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    if (prefixes.contains(literal.substring(0, literal.indexOf('.') + 1))) {
                        used.putIfAbsent(literal, file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    /** The German keys of every bundle on the class path (the platform API's among them). */
    private static Set<String> classPathKeys() {
        return texts(Locale.GERMANY).keys();
    }

    private static List<URL> resources(String path) {
        try {
            return Collections.list(Thread.currentThread().getContextClassLoader().getResources(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> load(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> read(InputStream in) throws IOException {
        return new TreeMap<>(Texts.read(in));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
