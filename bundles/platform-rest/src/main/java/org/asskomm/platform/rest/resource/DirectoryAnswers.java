package org.asskomm.platform.rest.resource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.asskomm.platform.rest.internal.Json;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * The serialised answers of the municipal directory, by query, for the directory's current revision: the data
 * changes only on import, so the JSON of a district's list is written once, not once per request. Bounded (least
 * recently used answers go first) and emptied when the revision changes.
 */
final class DirectoryAnswers {

    private static final int MAX_ENTRIES = 512;

    private String revision = "";
    private final Map<String, byte[]> answers = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    synchronized byte[] get(String currentRevision, String query, Supplier<Object> value) {
        if (!currentRevision.equals(revision)) {
            answers.clear();
            revision = currentRevision;
        }
        byte[] json = answers.get(query);
        if (json == null) {
            try {
                json = Json.MAPPER.writeValueAsBytes(value.get());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the directory cannot be written as JSON", e);
            }
            answers.put(query, json);
        }
        return json;
    }
}
