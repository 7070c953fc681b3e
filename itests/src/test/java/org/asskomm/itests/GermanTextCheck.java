package org.asskomm.itests;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must not be visible in the German console: enum codes ({@code UNDER_REVIEW}, {@code SIGNED}), UUIDs,
 * ISO dates and English sentences (lines with several frequent English function words). Used by
 * {@link ConsoleLanguageIT} on the rendered text of every page; other console tests may use it on theirs.
 */
public final class GermanTextCheck {

    private static final Pattern ENUM_CODE = Pattern.compile("\\b[A-ZÄÖÜ]{2,}(_[A-ZÄÖÜ0-9]+)+\\b");
    /** A single upper-case word of four letters or more (SIGNED, PLANNED, EVENTS) that is no known abbreviation. */
    private static final Pattern SHOUTED = Pattern.compile("\\b[A-ZÄÖÜ]{4,}\\b");
    private static final Set<String> ABBREVIATIONS = Set.of("ASSKOMM", "DOCX", "WCAG", "BITV", "HTML", "JSON", "HTTP",
            "HTTPS", "LDAP", "JAAS", "GMBH", "SACHSEN");
    private static final Pattern UUID = Pattern.compile("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** Frequent English function words that are no German words (lower case; "an", "in", "was", "will" are German too). */
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "are", "with", "must", "not", "be",
            "this", "from", "by", "has", "have", "which", "for", "that", "been", "should", "cannot", "your", "you", "its",
            "or", "on", "at", "no", "yet", "per", "than", "only", "may", "can", "does", "into", "after", "before");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private GermanTextCheck() {
    }

    /** The findings on a rendered text, each naming the kind and the offending line. */
    public static List<String> findings(String text) {
        Set<String> found = new LinkedHashSet<>();
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            all(ENUM_CODE, l).forEach(code -> found.add("code " + code + " in „" + l + "“"));
            for (String word : all(SHOUTED, l)) {
                if (!ABBREVIATIONS.contains(word)) {
                    found.add("code " + word + " in „" + l + "“");
                }
            }
            all(UUID, l).forEach(id -> found.add("UUID in „" + l + "“"));
            all(ISO_DATE, l).forEach(date -> found.add("ISO date " + date + " in „" + l + "“"));
            if (english(l)) {
                found.add("English „" + l + "“");
            }
        }
        return new ArrayList<>(found);
    }

    /** Two or more distinct English function words, and at least a fifth of the line's words. */
    static boolean english(String line) {
        Set<String> hits = new LinkedHashSet<>();
        int words = 0;
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            words++;
            if (ENGLISH.contains(m.group())) {
                hits.add(m.group());
            }
        }
        return hits.size() >= 2 && hits.size() * 5 >= words;
    }

    private static List<String> all(Pattern pattern, String line) {
        List<String> hits = new ArrayList<>();
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            hits.add(m.group());
        }
        return hits;
    }
}
