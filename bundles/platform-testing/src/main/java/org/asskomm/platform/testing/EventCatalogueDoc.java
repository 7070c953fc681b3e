package org.asskomm.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.asskomm.platform.api.event.EventCatalogue;
import org.asskomm.platform.api.event.EventProperty;
import org.asskomm.platform.api.event.EventType;

/**
 * Writes a module's {@link EventCatalogue} as Markdown into its section of an events document (docs/events.md) and
 * fails when the committed document differs, so that the documentation cannot drift from the declarations. A
 * section lies between {@code <!-- generated:events:<module> -->} and {@code <!-- /generated:events:<module> -->}.
 * Run the test with {@code -Dasskomm.docs.update=true} to rewrite the section instead of failing.
 */
public final class EventCatalogueDoc {

    /** The system property that lets {@link #check} rewrite the document. */
    public static final String UPDATE = "asskomm.docs.update";

    private EventCatalogueDoc() {
    }

    /** The catalogue as Markdown: one heading per topic with its payload table. */
    public static String markdown(EventCatalogue catalogue) {
        StringBuilder md = new StringBuilder();
        for (EventType type : catalogue.events()) {
            md.append("### `").append(type.topic()).append("`\n\n")
                    .append(type.description()).append(" Payload version ").append(type.version()).append(".\n\n");
            if (type.properties().isEmpty()) {
                md.append("Only the standard properties.\n\n");
            } else {
                table(md, type.properties());
            }
        }
        return md.toString();
    }

    /** The properties every event carries, as a Markdown table. */
    public static String standardMarkdown() {
        StringBuilder md = new StringBuilder();
        table(md, EventType.STANDARD);
        return md.toString();
    }

    /** Checks (or, with {@value #UPDATE}, rewrites) the module's section of the document. */
    public static void check(Path document, EventCatalogue catalogue) {
        check(document, "events:" + catalogue.module(), markdown(catalogue));
    }

    /** Checks (or rewrites) the section {@code key} of the document against {@code generated}. */
    public static void check(Path document, String key, String generated) {
        try {
            String text = Files.readString(document, StandardCharsets.UTF_8);
            String begin = "<!-- generated:" + key + " -->\n";
            String end = "<!-- /generated:" + key + " -->";
            int from = text.indexOf(begin);
            int to = text.indexOf(end);
            if (from < 0 || to < from) {
                throw new AssertionError(document + " has no section " + begin.trim() + " ... " + end);
            }
            String current = text.substring(from + begin.length(), to);
            if (current.equals(generated)) {
                return;
            }
            if (Boolean.getBoolean(UPDATE)) {
                Files.writeString(document, text.substring(0, from + begin.length()) + generated + text.substring(to),
                        StandardCharsets.UTF_8);
            } else {
                throw new AssertionError(document + ": the section " + key + " is out of date with the catalogue;"
                        + " run this test with -D" + UPDATE + "=true and commit the document. Expected:\n" + generated);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(StringBuilder md, List<EventProperty> properties) {
        md.append("| property | type | format | required | meaning |\n|---|---|---|---|---|\n");
        for (EventProperty p : properties) {
            md.append("| `").append(p.name()).append("` | ").append(p.type().javaType()).append(" | ")
                    .append(p.type().format()).append(" | ").append(p.required() ? "yes" : "no").append(" | ")
                    .append(p.description().replace("|", "\\|")).append(" |\n");
        }
        md.append('\n');
    }
}
