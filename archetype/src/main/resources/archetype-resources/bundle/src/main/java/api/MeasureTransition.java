package ${package}.api;

/** Request body to move a measure to another status; {@code version} is the one the client last read. */
public record MeasureTransition(MeasureStatus status, Integer version) {
}
