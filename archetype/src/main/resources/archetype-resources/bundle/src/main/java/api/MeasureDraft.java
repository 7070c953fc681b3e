package ${package}.api;

/** Request body to create a measure. */
public record MeasureDraft(String municipality, String title) {
}
