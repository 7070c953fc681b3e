package org.asskomm.patrol.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.asskomm.platform.api.Page;

/** A page of records read as heads (one row each), completed with their details (officers, photos, checklist). */
final class DetailedPages {

    private DetailedPages() {
    }

    /** The details of one head, read in the caller's transaction. */
    @FunctionalInterface
    interface Details<T> {
        T of(T head) throws SQLException;
    }

    static <T> Page<T> complete(Page<T> heads, Details<T> details) throws SQLException {
        List<T> full = new ArrayList<>();
        for (T head : heads.items()) {
            full.add(details.of(head));
        }
        return new Page<>(full, heads.total(), heads.offset(), heads.limit());
    }
}
