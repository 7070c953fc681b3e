package org.asskomm.platform.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

/** The texts of the platform's own bundles, in German and English; and that the check finds what it should. */
public class PlatformMessagesTest {

    @Test
    public void everyPlatformTextInGermanAndEnglish() {
        for (String bundle : List.of("platform-api", "platform-core", "platform-rest")) {
            MessageFiles.verify(Path.of("..", bundle));
        }
    }

    @Test
    public void aMissingTranslationOrPlaceholderFails() throws Exception {
        Path module = Files.createTempDirectory("texts");
        Path l10n = Files.createDirectories(module.resolve("src/main/resources/OSGI-INF/l10n"));
        Files.writeString(l10n.resolve("messages_de.properties"), "x.a=A {0}\nx.b=B\nx.c=C {0}\n");
        Files.writeString(l10n.resolve("messages_en.properties"), "x.a=A\nx.c=C {0}\n");
        Path code = Files.createDirectories(module.resolve("src/main/java/x"));
        Files.writeString(code.resolve("X.java"), "class X { String k = \"x.c\"; String m = \"x.missing\"; }");
        List<String> problems = MessageFiles.problems(module);
        assertEquals(problems.toString(), 3, problems.size());
        assertTrue(problems.toString(), problems.get(0).startsWith("x.a: placeholders differ"));
        assertTrue(problems.toString(), problems.get(1).startsWith("x.b: no English text"));
        assertTrue(problems.toString(), problems.get(2).startsWith("x.missing: used in X.java"));
    }
}
