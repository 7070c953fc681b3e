package org.asskomm.journey.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A stage in one municipality: reached on the first day of any of its steps (null: not yet), with the steps whose
 * modules are installed.
 */
public record StageView(String code, String labelDe, String labelEn, LocalDate reachedOn, List<StepView> steps) {

    public boolean reached() {
        return reachedOn != null;
    }
}
