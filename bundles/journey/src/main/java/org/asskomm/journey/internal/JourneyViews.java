package org.asskomm.journey.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.asskomm.journey.api.Stage;
import org.asskomm.journey.api.StageView;
import org.asskomm.journey.api.Step;
import org.asskomm.journey.api.StepView;

/** Computes a municipality's stages from its milestones; a step of a module that is not installed is left out. */
final class JourneyViews {

    static final ZoneId SAXONY = ZoneId.of("Europe/Berlin");

    private JourneyViews() {
    }

    /**
     * @param milestones the milestones of one municipality
     * @param installed  whether a module is installed now
     */
    static List<StageView> stages(List<Stage> stages, List<JourneyStore.Milestone> milestones,
                                  Predicate<String> installed) {
        List<StageView> views = new ArrayList<>();
        for (Stage stage : stages) {
            List<StepView> steps = new ArrayList<>();
            LocalDate reached = null;
            for (Step step : stage.steps()) {
                if (!installed.test(step.module())) {
                    continue;
                }
                StepView view = step(step, milestones);
                steps.add(view);
                if (view.firstOn() != null && (reached == null || view.firstOn().isBefore(reached))) {
                    reached = view.firstOn();
                }
            }
            if (!steps.isEmpty()) {
                views.add(new StageView(stage.code(), stage.labelDe(), stage.labelEn(), reached, steps));
            }
        }
        return views;
    }

    private static StepView step(Step step, List<JourneyStore.Milestone> milestones) {
        LocalDate first = null;
        LocalDate last = null;
        int count = 0;
        String detail = null;
        BigDecimal amount = null;
        for (JourneyStore.Milestone m : milestones) {
            if (!m.topic().equals(step.topic()) || (m.asMember() && step.membersProperty() == null)) {
                continue;
            }
            LocalDate day = day(step, m);
            first = first == null || day.isBefore(first) ? day : first;
            if (last == null || !day.isBefore(last)) {
                last = day;
                detail = step.detailProperty() == null ? null : m.values().get(step.detailProperty());
            }
            count++;
            BigDecimal value = step.amountProperty() == null ? null : amount(m.values().get(step.amountProperty()));
            if (value != null) {
                amount = amount == null ? value : amount.add(value);
            }
        }
        return new StepView(step.topic(), step.labelDe(), step.labelEn(), first, last, count, detail, amount);
    }

    /** The step's day: its date property (a date or an instant, read in Saxony), else the day of the change. */
    static LocalDate day(Step step, JourneyStore.Milestone m) {
        String raw = step.dateProperty() == null ? null : m.values().get(step.dateProperty());
        try {
            if (raw != null && raw.length() == 10) {
                return LocalDate.parse(raw);
            }
            if (raw != null) {
                return Instant.parse(raw).atZone(SAXONY).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            // a payload that does not carry a readable day: the day of the change
        }
        return m.occurredAt().atZone(SAXONY).toLocalDate();
    }

    private static BigDecimal amount(String raw) {
        try {
            return raw == null ? null : new BigDecimal(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
