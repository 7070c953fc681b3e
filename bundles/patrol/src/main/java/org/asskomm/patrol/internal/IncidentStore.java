package org.asskomm.patrol.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.asskomm.patrol.api.Incident;
import org.asskomm.patrol.api.IncidentPhoto;
import org.asskomm.patrol.api.IncidentService.PhotoContent;
import org.asskomm.patrol.api.PlaceCategory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of incident reports and their photos. */
final class IncidentStore {

    private static final String COLUMNS = "i.id, i.compound_id, i.ags, i.place_id, p.name AS place_name, "
            + "p.category AS place_category, i.occurred_at, i.what";
    private static final String FROM = "patrol_incident i JOIN patrol_place p ON p.id = i.place_id";
    private static final String PHOTO_COLUMNS = "id, media_type, size_bytes, sha256, uploaded_at";

    void insert(Connection c, Incident incident) throws SQLException {
        Sql.update(c, "INSERT INTO patrol_incident (id, compound_id, ags, place_id, occurred_at, what) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", incident.id(), incident.compoundId(), incident.ags(),
                incident.placeId(), incident.occurredAt(), incident.what());
        OfficerLinks.insert(c, "patrol_incident_officer", "incident_id", incident.id(), incident.officerIds());
    }

    /** Adds a photo after the incident's others (in upload order). */
    void addPhoto(Connection c, String incidentId, IncidentPhoto photo, byte[] content) throws SQLException {
        long seq = Sql.count(c, "SELECT COALESCE(MAX(seq), 0) + 1 FROM patrol_incident_photo WHERE incident_id = ?",
                incidentId);
        Sql.update(c, "INSERT INTO patrol_incident_photo (" + PHOTO_COLUMNS + ", incident_id, seq, content) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", photo.id(), photo.mediaType(), photo.size(), photo.sha256(),
                photo.uploadedAt(), incidentId, (int) seq, content);
    }

    Optional<Incident> find(Connection c, String id) throws SQLException {
        Optional<Incident> head = Sql.queryOne(c, "SELECT " + COLUMNS + " FROM " + FROM + " WHERE i.id = ?",
                IncidentStore::head, id);
        return head.isEmpty() ? head : Optional.of(withDetails(c, head.get()));
    }

    Page<Incident> page(Connection c, String compoundId, String ags, PageRequest page) throws SQLException {
        Where where = new Where().eq("i.compound_id", compoundId).eq("i.ags", ags);
        Page<Incident> heads = Sql.page(c, COLUMNS, FROM, where, "i.occurred_at DESC, i.id", page, IncidentStore::head);
        return DetailedPages.complete(heads, h -> withDetails(c, h));
    }

    Optional<PhotoContent> photo(Connection c, String incidentId, String photoId) throws SQLException {
        return Sql.queryOne(c, "SELECT media_type, content FROM patrol_incident_photo WHERE id = ? AND incident_id = ?",
                rs -> new PhotoContent(rs.getString(1), rs.getBytes(2)), photoId, incidentId);
    }

    private Incident withDetails(Connection c, Incident h) throws SQLException {
        List<String> officers = OfficerLinks.load(c, "patrol_incident_officer", "incident_id", h.id());
        List<IncidentPhoto> photos = Sql.query(c, "SELECT " + PHOTO_COLUMNS + " FROM patrol_incident_photo "
                        + "WHERE incident_id = ? ORDER BY seq", rs -> new IncidentPhoto(rs.getString("id"),
                        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                        Sql.instant(rs, "uploaded_at")), h.id());
        return new Incident(h.id(), h.compoundId(), h.ags(), h.placeId(), h.placeName(), h.placeCategory(),
                h.occurredAt(), h.what(), officers, photos, Checklists.of(h.placeCategory()));
    }

    private static Incident head(ResultSet rs) throws SQLException {
        return new Incident(rs.getString("id"), rs.getString("compound_id"), rs.getString("ags"),
                rs.getString("place_id"), rs.getString("place_name"),
                Sql.enumValue(rs, "place_category", PlaceCategory.class),
                rs.getTimestamp("occurred_at").toLocalDateTime(), rs.getString("what"), List.of(), List.of(),
                List.of());
    }
}
