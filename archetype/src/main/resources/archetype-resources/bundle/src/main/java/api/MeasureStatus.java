package ${package}.api;

import java.util.Set;

/** Lifecycle of a measure: PLANNED -> RUNNING -> DONE (a planned measure may also be dropped straight to DONE). */
public enum MeasureStatus {
    PLANNED, RUNNING, DONE;

    public Set<MeasureStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(RUNNING, DONE);
            case RUNNING -> Set.of(DONE);
            case DONE -> Set.of();
        };
    }
}
