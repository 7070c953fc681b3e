package org.asskomm.patrol.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.Place;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;

/** The compound's places and officers as incidents and orders name them, checked to belong to the compound. */
final class FieldRecords {

    private final PlaceStore places = new PlaceStore();
    private final ResourceStore resources = new ResourceStore();

    /** The place of the compound; 400 naming {@code placeId} otherwise. */
    Place place(Database database, String compoundId, String placeId, LocalDate today) {
        Optional<Place> place = placeId == null ? Optional.empty()
                : database.read(c -> places.find(c, compoundId, placeId, today));
        return place.orElseThrow(() -> ValidationException.of("placeId", "patrol.place.notOfCompound"));
    }

    /** The officers, at least one, each of the compound (errors into {@code v}); duplicates dropped. */
    List<String> officers(Connection c, Validator v, String compoundId, List<String> officerIds) throws SQLException {
        v.notEmpty("officerIds", officerIds);
        List<String> ids = officerIds == null ? List.of() : officerIds.stream().distinct().toList();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            v.rule(id != null && officer(c, id).filter(o -> o.compoundId().equals(compoundId)).isPresent(),
                    "officerIds[" + i + "]", "patrol.officer.notOfCompound");
        }
        return ids;
    }

    Optional<Officer> officer(Connection c, String id) throws SQLException {
        return resources.officer(c, id);
    }
}
