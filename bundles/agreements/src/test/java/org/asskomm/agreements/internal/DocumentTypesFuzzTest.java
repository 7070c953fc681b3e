package org.asskomm.agreements.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.asskomm.platform.api.error.ValidationException;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of the document type check of uploads. A normal build runs the seed corpus
 * ({@code DocumentTypesFuzzTestInputs}: a PDF, an ODT, a DOCX) in regression mode;
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=DocumentTypesFuzzTest} fuzzes for {@code maxDuration}.
 */
class DocumentTypesFuzzTest {

    private static final Set<String> TYPES = Set.of(DocumentTypes.PDF, DocumentTypes.ODT, DocumentTypes.DOCX);

    /** Any bytes: one of the three types, or a ValidationException on {@code content}; nothing else. */
    @FuzzTest(maxDuration = "60s")
    void detectRecognisesDocumentsOrRefusesThemWithAValidationError(byte[] content) {
        try {
            String type = DocumentTypes.detect(content);
            assertTrue(TYPES.contains(type), type);
        } catch (ValidationException e) {
            assertFalse(e.errors().isEmpty());
            assertTrue(e.errors().get(0).field().equals("content"));
        }
    }
}
