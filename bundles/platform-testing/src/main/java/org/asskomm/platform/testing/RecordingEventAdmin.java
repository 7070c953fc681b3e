package org.asskomm.platform.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Keeps the events a module posts, so unit tests can assert them; itests use the real EventAdmin. */
public final class RecordingEventAdmin implements EventAdmin {

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void postEvent(Event event) {
        events.add(event);
    }

    @Override
    public void sendEvent(Event event) {
        events.add(event);
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
