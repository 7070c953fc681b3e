package org.asskomm.platform.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.asskomm.platform.api.error.ProblemException;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.i18n.Texts;
import org.asskomm.platform.api.i18n.Translations;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;

/**
 * The texts of every started bundle ({@code OSGI-INF/l10n/messages_de.properties} and {@code messages_en.properties}),
 * merged per language; a module's texts come and go with the module.
 */
@Component(service = {MessageCatalog.class, Translations.class}, immediate = true)
public class MessageCatalog implements Translations {

    private static final Locale[] LANGUAGES = {Locale.GERMANY, Locale.UK};
    /** The texts of platform-api and platform-rest, for a servlet that answers without the catalog at hand. */
    private static final Map<Locale, Map<String, String>> PLATFORM = platformTexts();

    private final Map<Long, Map<Locale, Map<String, String>>> byBundle = new ConcurrentHashMap<>();
    private final BundleTracker<Long> tracker;
    private volatile Map<Locale, Map<String, String>> merged = Map.of(Locale.GERMANY, Map.of(), Locale.UK, Map.of());

    @Activate
    public MessageCatalog(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, new BundleTrackerCustomizer<Long>() {
            @Override
            public Long addingBundle(Bundle bundle, BundleEvent event) {
                return add(bundle) ? bundle.getBundleId() : null;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Long id) {
                // same texts
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
                byBundle.remove(id);
                merge();
            }
        });
        tracker.open();
    }

    @Deactivate
    void close() {
        tracker.close();
    }

    @Override
    public Texts texts(Locale locale) {
        Locale language = Locale.UK.getLanguage().equals(locale.getLanguage()) ? Locale.UK : Locale.GERMANY;
        return new Texts(language, merged.get(language));
    }

    /** The platform's own texts in the language the caller's {@code Accept-Language} asks for. */
    static Texts platform(String acceptLanguage) {
        Locale locale = Texts.locale(acceptLanguage);
        return new Texts(locale, PLATFORM.get(locale));
    }

    private boolean add(Bundle bundle) {
        Map<Locale, Map<String, String>> texts = new HashMap<>();
        for (Locale language : LANGUAGES) {
            Map<String, String> one = new HashMap<>();
            load(bundle.getEntry(Message.BUNDLE_PATH + "_" + language.getLanguage() + ".properties"), one);
            texts.put(language, one);
        }
        if (texts.values().stream().allMatch(Map::isEmpty)) {
            return false;
        }
        byBundle.put(bundle.getBundleId(), texts);
        merge();
        return true;
    }

    private synchronized void merge() {
        Map<Locale, Map<String, String>> next = new HashMap<>();
        for (Locale language : LANGUAGES) {
            Map<String, String> all = new HashMap<>();
            byBundle.values().forEach(texts -> all.putAll(texts.get(language)));
            next.put(language, Map.copyOf(all));
        }
        merged = Map.copyOf(next);
    }

    private static Map<Locale, Map<String, String>> platformTexts() {
        Map<Locale, Map<String, String>> texts = new HashMap<>();
        for (Locale language : LANGUAGES) {
            String path = Message.BUNDLE_PATH + "_" + language.getLanguage() + ".properties";
            Map<String, String> one = new HashMap<>();
            load(ProblemException.class.getClassLoader().getResource(path), one);
            load(MessageCatalog.class.getClassLoader().getResource(path), one);
            texts.put(language, Map.copyOf(one));
        }
        return Map.copyOf(texts);
    }

    /** Adds the texts of one property file to {@code into}; nothing when {@code url} is null. */
    private static void load(URL url, Map<String, String> into) {
        if (url == null) {
            return;
        }
        try (InputStream in = url.openStream()) {
            into.putAll(Texts.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the texts " + url, e);
        }
    }
}
