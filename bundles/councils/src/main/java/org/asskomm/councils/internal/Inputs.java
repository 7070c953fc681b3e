package org.asskomm.councils.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.asskomm.platform.api.error.Validator;

/** Small input checks shared by several writes. */
final class Inputs {

    private Inputs() {
    }

    static void noDuplicates(Validator v, String field, List<String> values) {
        if (values == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            v.rule(values.get(i) != null && seen.add(values.get(i)), field + "[" + i + "]", "councils.emptyOrTwice");
        }
    }
}
