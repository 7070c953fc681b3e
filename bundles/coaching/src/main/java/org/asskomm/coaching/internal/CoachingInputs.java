package org.asskomm.coaching.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.asskomm.coaching.api.AssignmentRequest;
import org.asskomm.coaching.api.CoachRequest;
import org.asskomm.coaching.api.SessionRequest;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.error.Validator;

/** Checks the input of the coaching requests; every field error at once, before anything is written. */
final class CoachingInputs {

    static final int MAX_TAGS = 30;

    private CoachingInputs() {
    }

    static void coach(CoachRequest r, boolean update) {
        new Validator().required("body", r).throwIfInvalid();
        Validator v = new Validator();
        v.text("name", r.name(), 200).text("email", r.email(), 200)
                .rule(r.email() == null || r.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", "validation.email")
                .required("capacity", r.capacity())
                .rule(r.capacity() == null || (r.capacity() >= 1 && r.capacity() <= 50), "capacity",
                        "validation.between", 1, 50);
        tags(v, "regions", r.regions(), 100, true);
        tags(v, "topics", r.topics(), 100, false);
        if (update) {
            v.required("version", r.version());
        }
        v.throwIfInvalid();
    }

    static void assignment(AssignmentRequest r, MunicipalityDirectory municipalities) {
        new Validator().required("body", r).throwIfInvalid();
        Validator v = new Validator();
        v.required("municipality", r.municipality())
                .rule(r.municipality() == null || municipalities.find(r.municipality()).isPresent(), "municipality",
                        "validation.unknownMunicipality", r.municipality())
                .required("coachId", r.coachId())
                .text("coordinator", r.coordinator(), 200)
                .required("startedOn", r.startedOn())
                .throwIfInvalid();
    }

    static void session(SessionRequest r, LocalDate today) {
        new Validator().required("body", r).throwIfInvalid();
        Validator v = new Validator();
        v.required("date", r.date()).rule(r.date() == null || !r.date().isAfter(today), "date", "validation.notInFuture");
        tags(v, "topics", r.topics(), 200, true);
        v.maxLength("nextSteps", r.nextSteps(), 4000).maxLength("openPoints", r.openPoints(), 4000).throwIfInvalid();
    }

    /** A list of short texts: not blank, not twice, at most {@link #MAX_TAGS}. */
    private static void tags(Validator v, String field, List<String> tags, int maxLength, boolean required) {
        if (required) {
            v.notEmpty(field, tags);
        }
        if (tags == null) {
            return;
        }
        v.rule(tags.size() <= MAX_TAGS, field, "validation.maxEntries", MAX_TAGS);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            String name = field + "[" + i + "]";
            v.text(name, tag, maxLength);
            v.rule(tag == null || seen.add(tag.strip().toLowerCase()), name, "validation.duplicate");
        }
    }

    static List<String> stripped(List<String> tags) {
        return tags == null ? List.of() : tags.stream().map(String::strip).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
