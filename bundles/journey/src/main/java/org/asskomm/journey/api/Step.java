package org.asskomm.journey.api;

/**
 * One way a stage is reached: an event topic of a module (docs/events.md) and which of its payload properties say
 * when and what.
 *
 * @param topic              e.g. {@code org/asskomm/agreements/Agreement/SIGNED}
 * @param labelDe            what the step means, in German (e.g. "unterzeichnet")
 * @param labelEn            the same in English
 * @param dateProperty       the payload property with the day (a date or an instant); null: the event's
 *                           {@code occurredAt}
 * @param membersProperty    a list property of further municipality keys the step also counts for (e.g. the
 *                           members of a compound); null: only the event's {@code municipality}
 * @param detailProperty     a text or list property shown with the step (e.g. the parties); null: none
 * @param amountProperty     an amount property summed over the step's events (e.g. a grant); null: none
 */
public record Step(String topic, String labelDe, String labelEn, String dateProperty, String membersProperty,
                   String detailProperty, String amountProperty) {

    /** The module that publishes the topic: its second segment. */
    public String module() {
        String[] parts = topic == null ? new String[0] : topic.split("/");
        return parts.length > 2 ? parts[2] : "";
    }
}
