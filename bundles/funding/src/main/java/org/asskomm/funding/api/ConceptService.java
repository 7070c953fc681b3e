package org.asskomm.funding.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The project concept of an application (Beccaria standards), versioned: every save is a new revision. A programme
 * with {@code conceptRequired} refuses the submission of an application whose concept is missing or has an
 * incomplete step.
 */
@ProviderType
public interface ConceptService {

    /** Saves a new revision; only while the application is a draft. */
    Concept saveConcept(CurrentUser user, String applicationId, ConceptRequest request);

    /**
     * Starts the concept from the action fields the municipality's safety analysis published most recently (409
     * when a concept exists already or none were published).
     */
    Concept startFromAnalysis(CurrentUser user, String applicationId, VersionRequest request);

    /**
     * The current revision, or the one asked for (404 when there is no such revision); before the first save the
     * empty concept, revision 0.
     */
    Concept concept(CurrentUser user, String applicationId, Integer revision);

    /** Every revision, newest first. */
    List<Concept> revisions(CurrentUser user, String applicationId);

    /** The concept as a PDF document (the current revision). */
    byte[] pdf(CurrentUser user, String applicationId);

    /** What each step asks for. */
    List<ConceptGuidance> guidance();

    /** The action fields the analysis module published for a municipality (empty without it). */
    List<KnownActionFields> actionFields(CurrentUser user, String municipality);
}
