package org.asskomm.funding.internal;

import java.util.ArrayList;
import java.util.List;

import org.asskomm.funding.api.Concept;
import org.asskomm.funding.api.ConceptGuidance;
import org.asskomm.funding.api.ConceptRequest;
import org.asskomm.funding.api.ConceptStep;
import org.asskomm.funding.api.Programme;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;

/**
 * The concept's rules: what may be saved (any step may still be short: a concept grows step by step), and when a
 * step is complete. A step is complete with at least {@link #MIN_LENGTH} characters of text; the goals step also
 * needs the logic model, at least one goal with a measurable indicator and its target.
 */
final class ConceptRules {

    static final int MIN_LENGTH = 40;
    private static final int MAX_INDICATORS = 30;

    private ConceptRules() {
    }

    /** 400 naming the field when the request cannot be saved. */
    static void checkRequest(ConceptRequest r) {
        Validator v = new Validator().required("version", r.version()).required("steps", r.steps());
        Concept.Steps s = r.steps();
        if (s != null) {
            for (ConceptStep step : ConceptStep.values()) {
                v.maxLength("steps." + field(step), s.of(step), 4000);
            }
        }
        List<Concept.Indicator> indicators = r.indicators() == null ? List.of() : r.indicators();
        v.rule(indicators.size() <= MAX_INDICATORS, "indicators", "validation.between", 0, MAX_INDICATORS);
        for (int i = 0; i < indicators.size() && i < MAX_INDICATORS; i++) {
            Concept.Indicator k = indicators.get(i);
            String f = "indicators[" + i + "]";
            v.required(f, k);
            if (k != null) {
                v.text(f + ".goal", k.goal(), 400).text(f + ".name", k.name(), 200).maxLength(f + ".unit", k.unit(), 40)
                        .money(f + ".target", k.target());
            }
        }
        v.throwIfInvalid();
    }

    /** The step's field name in the request ({@code steps.problem}, ...). */
    static String field(ConceptStep step) {
        return step.name().toLowerCase();
    }

    static Message label(ConceptStep step) {
        return Message.of("funding.step." + step);
    }

    /** Each step's completeness, in step order; the texts as stored messages (written in the reader's language). */
    static List<Concept.StepCheck> checks(Concept k) {
        List<Concept.StepCheck> checks = new ArrayList<>();
        for (ConceptStep step : ConceptStep.values()) {
            Message missing = missing(k, step);
            checks.add(new Concept.StepCheck(step, label(step).stored(), missing == null,
                    missing == null ? null : missing.stored()));
        }
        return checks;
    }

    private static Message missing(Concept k, ConceptStep step) {
        String text = k.steps().of(step);
        int length = text == null ? 0 : text.strip().length();
        if (length < MIN_LENGTH) {
            return Message.of("funding.concept.tooShort", MIN_LENGTH, length);
        }
        if (step == ConceptStep.GOALS && k.indicators().stream().noneMatch(i -> i.target() != null)) {
            return Message.of("funding.concept.noIndicator");
        }
        return null;
    }

    /** The concept with its checks. */
    static Concept checked(Concept k) {
        List<Concept.StepCheck> checks = checks(k);
        return new Concept(k.applicationId(), k.revision(), k.steps(), k.indicators(), k.startedFrom(), checks,
                checks.stream().allMatch(Concept.StepCheck::complete), k.savedAt(), k.savedBy());
    }

    /** The gate of a programme that requires a concept: 409 naming the first incomplete step (or the missing concept). */
    static void checkSubmission(Programme programme, String title, Concept concept) {
        if (!programme.conceptRequired()) {
            return;
        }
        if (concept == null) {
            throw ConflictException.of("funding.concept.missing", title, FundingTexts.programme(programme));
        }
        for (ConceptStep step : ConceptStep.values()) {
            Message missing = missing(concept, step);
            if (missing != null) {
                throw ConflictException.of("funding.concept.incomplete", title, label(step),
                        String.valueOf(step.ordinal() + 1), missing);
            }
        }
    }

    static List<ConceptGuidance> guidance(java.util.function.Function<Message, String> text) {
        return List.of(ConceptStep.values()).stream().map(step -> new ConceptGuidance(step, text.apply(label(step)),
                text.apply(Message.of("funding.guidance." + step)), MIN_LENGTH)).toList();
    }
}
