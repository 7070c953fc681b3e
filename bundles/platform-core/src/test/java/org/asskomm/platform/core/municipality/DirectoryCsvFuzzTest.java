package org.asskomm.platform.core.municipality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.error.ValidationException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of the municipal directory import. In a normal build it runs in regression
 * mode: the seed corpus in {@code src/test/resources/.../DirectoryCsvFuzzTestInputs} and every crash found
 * before. {@code JAZZER_FUZZ=1 mvn test -Dtest=DirectoryCsvFuzzTest} fuzzes for {@code maxDuration}.
 */
class DirectoryCsvFuzzTest {

    /** Any bytes: a list of well-formed municipalities, or a ValidationException naming lines; nothing else. */
    @FuzzTest(maxDuration = "60s")
    void parseAcceptsValidFilesAndRejectsOthersWithAValidationError(byte[] input) throws IOException {
        List<Municipality> parsed;
        try {
            parsed = DirectoryCsv.parse(new ByteArrayInputStream(input));
        } catch (ValidationException e) {
            assertFalse(e.errors().isEmpty());
            return;
        }
        assertFalse(parsed.isEmpty());
        Set<String> keys = new HashSet<>();
        for (Municipality m : parsed) {
            assertTrue(Municipality.isWellFormedKey(m.ags()), m.ags());
            assertTrue(m.ars().matches("\\d{12}"), m.ars());
            assertTrue(m.postcode().matches("\\d{5}"), m.postcode());
            assertFalse(m.name().isBlank() || m.district().isBlank());
            assertTrue(m.type() >= 0 && m.areaHectares() >= 0 && m.population() >= 0);
            assertTrue(keys.add(m.ags()), "duplicate " + m.ags());
        }
        assertEquals(keys.size(), parsed.size());
    }
}
