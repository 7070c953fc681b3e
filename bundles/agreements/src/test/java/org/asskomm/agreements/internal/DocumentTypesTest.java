package org.asskomm.agreements.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.asskomm.platform.api.error.ValidationException;
import org.junit.Test;

public class DocumentTypesTest {

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    public void typesAreRecognisedByContent() throws IOException {
        assertEquals(DocumentTypes.PDF, DocumentTypes.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(DocumentTypes.ODT, DocumentTypes.detect(zip("mimetype", DocumentTypes.ODT, "content.xml", "<x/>")));
        assertEquals(DocumentTypes.DOCX, DocumentTypes.detect(zip("[Content_Types].xml", "<x/>", "word/document.xml", "<x/>")));
    }

    @Test
    public void otherContentIsRefusedWhateverItsName() throws IOException {
        assertThrows(ValidationException.class, () -> DocumentTypes.detect("<script>".getBytes(StandardCharsets.US_ASCII)));
        assertThrows(ValidationException.class, () -> DocumentTypes.detect(zip("a.txt", "hello")));
        assertThrows(ValidationException.class, () -> DocumentTypes.detect(zip("mimetype", "application/zip")));
        assertThrows(ValidationException.class, () -> DocumentTypes.detect(new byte[0]));
        byte[] huge = new byte[DocumentTypes.MAX_BYTES + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);
        assertThrows(ValidationException.class, () -> DocumentTypes.detect(huge));
    }

    @Test
    public void aZipBombIsRefusedWithoutUnpackingIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("padding.bin"));   // zeros: deflate shrinks them about 1000 times
            byte[] zeros = new byte[1024 * 1024];
            for (long written = 0; written <= DocumentTypes.MAX_INFLATED_BYTES; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertEquals(true, bomb.length < DocumentTypes.MAX_INFLATED_BYTES / 100);
        assertThrows(ValidationException.class, () -> DocumentTypes.detect(bomb));
    }

    @Test
    public void fileNamesLoseTheirPaths() {
        assertEquals("passwd", DocumentTypes.safeFilename("../../etc/passwd"));
        assertEquals("vertrag.pdf", DocumentTypes.safeFilename("C:\\Users\\x\\vertrag.pdf"));
        assertEquals("a_b.pdf", DocumentTypes.safeFilename("a\"b.pdf"));
        assertEquals("document", DocumentTypes.safeFilename(".."));
        assertEquals("document", DocumentTypes.safeFilename(null));
    }
}
