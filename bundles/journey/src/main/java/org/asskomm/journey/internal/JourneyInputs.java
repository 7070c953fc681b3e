package org.asskomm.journey.internal;

import java.util.List;

import org.asskomm.journey.api.StageRequest;
import org.asskomm.journey.api.Step;
import org.asskomm.platform.api.error.Validator;

/** Checks a stage of the stage list; every field error at once. */
final class JourneyInputs {

    static final int MAX_STEPS = 20;
    private static final String CODE = "[A-Z][A-Z0-9_]{1,39}";
    private static final String TOPIC = "org/asskomm/[a-z][a-z0-9]{1,30}/[A-Za-z][A-Za-z0-9]{0,60}/[A-Z][A-Z0-9_]{0,60}";
    private static final String PROPERTY = "[A-Za-z][A-Za-z0-9]{0,59}";

    private JourneyInputs() {
    }

    static void stage(String code, StageRequest r) {
        new Validator().rule(code != null && code.matches(CODE), "code", "journey.code")
                .required("body", r).throwIfInvalid();
        Validator v = new Validator().required("position", r.position())
                .rule(r.position() == null || (r.position() >= 1 && r.position() <= 10000), "position",
                        "validation.between", 1, 10000)
                .text("labelDe", r.labelDe(), 200).text("labelEn", r.labelEn(), 200)
                .notEmpty("steps", r.steps());
        if (r.steps() != null) {
            v.rule(r.steps().size() <= MAX_STEPS, "steps", "validation.maxEntries", MAX_STEPS);
            for (int i = 0; i < r.steps().size(); i++) {
                Step s = r.steps().get(i);
                String p = "steps[" + i + "]";
                if (s == null) {
                    v.required(p, null);
                    continue;
                }
                v.rule(s.topic() != null && s.topic().strip().matches(TOPIC), p + ".topic", "journey.topic")
                        .text(p + ".labelDe", s.labelDe(), 200).text(p + ".labelEn", s.labelEn(), 200);
                property(v, p + ".dateProperty", s.dateProperty());
                property(v, p + ".membersProperty", s.membersProperty());
                property(v, p + ".detailProperty", s.detailProperty());
                property(v, p + ".amountProperty", s.amountProperty());
            }
        }
        v.throwIfInvalid();
    }

    private static void property(Validator v, String field, String name) {
        v.rule(name == null || name.isBlank() || name.strip().matches(PROPERTY), field, "journey.property");
    }

    static List<Step> stripped(List<Step> steps) {
        return steps.stream().map(s -> new Step(s.topic().strip(), s.labelDe().strip(), s.labelEn().strip(),
                blankToNull(s.dateProperty()), blankToNull(s.membersProperty()), blankToNull(s.detailProperty()),
                blankToNull(s.amountProperty()))).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
