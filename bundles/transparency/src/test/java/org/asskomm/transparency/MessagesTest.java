package org.asskomm.transparency;

import java.nio.file.Path;

import org.asskomm.platform.testing.MessageFiles;
import org.junit.Test;

/** Every text of the module in German and English, every key the code names defined. */
public class MessagesTest {

    @Test
    public void everyTextInGermanAndEnglish() {
        MessageFiles.verify(Path.of(""));
    }
}
