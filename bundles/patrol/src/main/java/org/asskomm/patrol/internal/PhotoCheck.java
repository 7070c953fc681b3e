package org.asskomm.patrol.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.asskomm.platform.api.error.ValidationException;

/**
 * Checks an uploaded photo by its content, never by the declared type or name: a JPEG starts with the SOI marker and
 * a further marker ({@code FF D8 FF}), a PNG with its 8-byte signature. Anything else, an empty upload and one above
 * the configured size are refused with a 400 naming the field {@code photo}; the limit is given in MiB when it is a
 * whole number of them, in KiB otherwise.
 */
final class PhotoCheck {

    static final String FIELD = "photo";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final long MIB = 1024L * 1024;

    private PhotoCheck() {
    }

    /** The photo's media type by its content; 400 when it is empty, larger than {@code maxBytes} or no JPEG/PNG. */
    static String mediaType(byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw ValidationException.of(FIELD, "patrol.photo.empty");
        }
        if (content.length > maxBytes) {
            throw maxBytes % MIB == 0 ? ValidationException.of(FIELD, "patrol.photo.tooLarge", maxBytes / MIB)
                    : ValidationException.of(FIELD, "patrol.photo.tooLargeKiB", maxBytes / 1024);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return PNG;
        }
        if (startsWith(content, JPEG_START)) {
            return JPEG;
        }
        throw ValidationException.of(FIELD, "patrol.photo.type");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
