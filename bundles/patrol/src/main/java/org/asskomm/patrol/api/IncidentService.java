package org.asskomm.patrol.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;

/** Incident reports of a compound with their photos (JPEG or PNG, checked by content and size) and as PDF. */
public interface IncidentService {

    /** The largest photo accepted, in bytes (configurable, 5 MiB by default). */
    long maxPhotoBytes();

    Incident addIncident(CurrentUser user, String compoundId, IncidentRequest request);

    Incident incident(CurrentUser user, String compoundId, String incidentId);

    Page<Incident> incidents(CurrentUser user, String compoundId, String municipality, PageRequest page);

    /** Adds a photo; refused (400) when it is empty, too large or neither JPEG nor PNG by its content. */
    IncidentPhoto addPhoto(CurrentUser user, String compoundId, String incidentId, byte[] content);

    /** A photo's bytes as uploaded and its media type. */
    PhotoContent photo(CurrentUser user, String compoundId, String incidentId, String photoId);

    /** The incident report as PDF, in German. */
    byte[] pdf(CurrentUser user, String compoundId, String incidentId);

    /** The hotspot checklists per place type. */
    List<Checklist> checklists();

    /** A photo's stored bytes. */
    record PhotoContent(String mediaType, byte[] content) {
    }
}
