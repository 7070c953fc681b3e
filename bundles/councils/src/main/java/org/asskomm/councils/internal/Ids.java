package org.asskomm.councils.internal;

import java.util.UUID;

/** New record ids: random UUIDs as text, so several nodes can create records without coordination. */
final class Ids {

    private Ids() {
    }

    static String next() {
        return UUID.randomUUID().toString();
    }
}
