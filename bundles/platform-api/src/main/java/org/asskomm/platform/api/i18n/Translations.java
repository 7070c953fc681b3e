package org.asskomm.platform.api.i18n;

import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The texts of every started bundle, as a service: for a module that writes texts outside a problem response
 * (a notification, a document) in the reader's language.
 */
@ProviderType
public interface Translations {

    /** The texts of German ({@link Locale#GERMANY}) or English ({@link Locale#UK}); German for any other. */
    Texts texts(Locale locale);

    /** The texts in the language the caller's {@code Accept-Language} asks for, German without one. */
    default Texts forRequest(String acceptLanguage) {
        return texts(Texts.locale(acceptLanguage));
    }
}
