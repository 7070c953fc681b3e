package org.asskomm.analysis;

import java.nio.file.Path;

import org.asskomm.platform.testing.MessageFiles;
import org.junit.jupiter.api.Test;

/** Every text of the module in German and English, every key the code names defined. */
class MessagesTest {

    @Test
    void everyTextInGermanAndEnglish() {
        MessageFiles.verify(Path.of(""));
    }
}
