package org.asskomm.platform.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.asskomm.platform.api.event.EventCatalogue;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Keeps the events a module posts, so unit tests can assert them; itests use the real EventAdmin. With
 * {@link #checkAgainst} every posted event of those modules must match its catalogue.
 */
public final class RecordingEventAdmin implements EventAdmin {

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<EventCatalogue> catalogues = new CopyOnWriteArrayList<>();

    /**
     * From now on an event of these modules whose topic or properties are not in their catalogue fails the test
     * that posts it: an {@link AssertionError}, which the platform's after-commit actions do not swallow.
     */
    public RecordingEventAdmin checkAgainst(EventCatalogue... modules) {
        catalogues.addAll(List.of(modules));
        return this;
    }

    @Override
    public void postEvent(Event event) {
        check(event);
        events.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        check(event);
        events.add(event);
    }

    private void check(Event event) {
        List<String> problems = catalogues.stream().flatMap(c -> c.violations(event).stream()).toList();
        if (!problems.isEmpty()) {
            throw new AssertionError("Event outside the catalogue: " + String.join("; ", problems));
        }
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    public List<Event> topic(String topic) {
        return events.stream().filter(e -> e.getTopic().equals(topic)).toList();
    }

    public void clear() {
        events.clear();
    }
}
