package org.asskomm.journey.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How far a step got in one municipality: first and last day, how often, the latest detail, the sum of amounts. */
public record StepView(String topic, String labelDe, String labelEn, LocalDate firstOn, LocalDate lastOn, int count,
                       String detail, BigDecimal amount) {
}
