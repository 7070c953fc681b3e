package org.asskomm.training.internal;

import java.security.SecureRandom;
import java.util.Locale;

/** Random verification codes such as {@code K7QM-2XHD-9RTA}: 60 bits, no look-alike characters. */
final class CertificateCodes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    static String next() {
        StringBuilder sb = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Accepts codes typed in lower case or with spaces. */
    static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replace(' ', '-');
    }
}
