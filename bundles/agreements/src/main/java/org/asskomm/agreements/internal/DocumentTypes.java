package org.asskomm.agreements.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.asskomm.platform.api.error.ValidationException;

/**
 * Recognises PDF, ODT and DOCX by their content, never by the file name: a PDF starts with
 * {@code %PDF-}; an ODT is a zip whose first entry {@code mimetype} names the ODF text type; a DOCX is a
 * zip with {@code [Content_Types].xml} and a {@code word/} part.
 */
public final class DocumentTypes {

    /** Documents larger than this are refused (10 MiB: a scanned, signed agreement fits comfortably). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final String PDF = "application/pdf";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int MAX_ZIP_ENTRIES = 2000;
    /** Bytes the zip check inflates at most: a zip bomb is refused, not unpacked (10 MiB may inflate to 10 GiB). */
    static final long MAX_INFLATED_BYTES = 64L * 1024 * 1024;

    private DocumentTypes() {
    }

    static String detect(byte[] content) {
        if (content == null || content.length == 0) {
            throw ValidationException.of("content", "agreements.document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw ValidationException.of("content", "agreements.document.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, "%PDF-")) {
            return PDF;
        }
        if (startsWith(content, "PK\u0003\u0004")) {
            String type = zipType(content);
            if (type != null) {
                return type;
            }
        }
        throw ValidationException.of("content", "agreements.document.type");
    }

    private static String zipType(byte[] content) {
        boolean contentTypes = false;
        boolean word = false;
        long inflated = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int i = 0; (entry = zip.getNextEntry()) != null && i < MAX_ZIP_ENTRIES; i++) {
                String name = entry.getName();
                if (i == 0 && name.equals("mimetype")) {
                    byte[] mime = zip.readNBytes(100);
                    return new String(mime, StandardCharsets.US_ASCII).trim().equals(ODT) ? ODT : null;
                }
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.startsWith("word/");
                if (contentTypes && word) {
                    return DOCX;
                }
                // read the entry here rather than letting getNextEntry skip it: skipping inflates without limit
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    inflated += n;
                    if (inflated > MAX_INFLATED_BYTES) {
                        return null;
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static boolean startsWith(byte[] content, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (content.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (content[i] != p[i]) {
                return false;
            }
        }
        return true;
    }

    /** A file name safe for a Content-Disposition header and a file system: no paths, no control characters. */
    static String safeFilename(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").trim();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
            base = "document";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }
}
