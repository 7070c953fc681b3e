package ${package}.api;

import java.time.Instant;
import java.util.UUID;

/** A measure a municipality records in this plugin. {@code version} is for optimistic locking. */
public record Measure(UUID id, String municipality, String title, MeasureStatus status, Instant createdAt,
                      int version) {
}
