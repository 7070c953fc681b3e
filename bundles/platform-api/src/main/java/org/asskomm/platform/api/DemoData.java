package org.asskomm.platform.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's part of the demo scenario (the seed press release: Frankenberg's agreement, Floeha's
 * compound, a council with its first meeting, a funding year, a course with a waitlist).
 * {@code asskomm:demo-load} runs every registered one; never run automatically.
 */
@ConsumerType
public interface DemoData {

    /** The module this data belongs to. */
    String moduleId();

    /**
     * Loads the demo records, first enabling the module for the municipalities they need.
     * Must be idempotent: a second run finds the data and adds nothing.
     *
     * @return a one-line summary for the operator
     */
    String load(CurrentUser user);
}
