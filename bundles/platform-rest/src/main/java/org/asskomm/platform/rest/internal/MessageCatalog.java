package org.asskomm.platform.rest.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.asskomm.platform.api.i18n.Message;
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
@Component(service = MessageCatalog.class, immediate = true)
public class MessageCatalog {

    private static final Locale[] LANGUAGES = {Locale.GERMANY, Locale.UK};

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

    /** The texts in the language the caller's {@code Accept-Language} asks for (German without one). */
    public Texts texts(String acceptLanguage) {
        Locale locale = Texts.locale(acceptLanguage);
        return new Texts(locale, merged.get(locale));
    }

    private boolean add(Bundle bundle) {
        Map<Locale, Map<String, String>> texts = new HashMap<>();
        for (Locale language : LANGUAGES) {
            Map<String, String> one = new HashMap<>();
            Texts.load(bundle.getEntry(Message.BUNDLE_PATH + "_" + language.getLanguage() + ".properties"), one);
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
}
