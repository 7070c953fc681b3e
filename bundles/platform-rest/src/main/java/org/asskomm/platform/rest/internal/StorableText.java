package org.asskomm.platform.rest.internal;

import org.asskomm.platform.api.i18n.Message;

/**
 * Text the databases can store. PostgreSQL refuses NUL ({@code 22021 invalid byte sequence}) and both refuse
 * or garble unpaired UTF-16 surrogates, which arrive through JSON escapes such as {@code "\ud800"}; H2 stores NUL,
 * so without this check the same input is fine on one database and a 500 on the other.
 */
final class StorableText {

    static final Message MESSAGE = Message.of("validation.unstorable");

    private StorableText() {
    }

    static boolean isStorable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
