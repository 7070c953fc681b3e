package org.asskomm.platform.api;

import java.util.List;
import java.util.function.Function;

/** One page of a list result; {@code total} counts all matches, not just this page. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, offset, limit);
    }
}
