package org.asskomm.patrol.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.asskomm.patrol.api.Checklist;
import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.Incident;
import org.asskomm.patrol.api.IncidentPhoto;
import org.asskomm.patrol.api.IncidentRequest;
import org.asskomm.patrol.api.IncidentService;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.PatrolEvents;
import org.asskomm.patrol.api.Place;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Incident reports: written in the name of the member municipality of their place (by the lead or that member),
 * photos added through the pipeline after their content and size were checked, the report as PDF.
 */
@Component(service = IncidentService.class, configurationPid = IncidentRegistry.PID)
public class IncidentRegistry implements IncidentService {

    /** Configuration: {@code maxPhotoBytes}, the largest photo accepted (5 MiB by default). */
    public static final String PID = "org.asskomm.patrol.incidents";
    static final long DEFAULT_MAX_PHOTO_BYTES = 5L * 1024 * 1024;

    /** The component's configuration. */
    public @interface Config {
        long maxPhotoBytes() default DEFAULT_MAX_PHOTO_BYTES;
    }

    private final Database database;
    private final CompoundAccess access;
    private final Writes writes;
    private final Clock clock;
    private final long maxPhotoBytes;
    private final IncidentStore store = new IncidentStore();
    private final FieldRecords records = new FieldRecords();
    private final Entity<Incident> incident;

    @Activate
    public IncidentRegistry(@Reference Database database, @Reference CompoundAccess access, @Reference Writes writes,
                            Config config) {
        this(database, access, writes, Clock.systemDefaultZone(), config.maxPhotoBytes());
    }

    IncidentRegistry(Database database, CompoundAccess access, Writes writes, Clock clock, long maxPhotoBytes) {
        this.database = database;
        this.access = access;
        this.writes = writes;
        this.clock = clock;
        this.maxPhotoBytes = maxPhotoBytes > 0 ? maxPhotoBytes : DEFAULT_MAX_PHOTO_BYTES;
        this.incident = Entity.<Incident>of(PatrolModule.ID, "Incident", (c, id) -> store.find(c, id.toString()),
                Incident::ags).readableWhen((user, i) -> access.canSee(user, i.compoundId()));
    }

    @Override
    public long maxPhotoBytes() {
        return maxPhotoBytes;
    }

    @Override
    public Incident addIncident(CurrentUser user, String compoundId, IncidentRequest r) {
        Compound compound = access.visible(user, compoundId);
        access.requireActForSomeMember(user, compound);
        if (r == null) {
            new Validator().required("body", null).throwIfInvalid();
        }
        // the place decides the municipality and so the right: checked first (400)
        Place place = records.place(database, compoundId, r.placeId(), LocalDate.now(clock));
        return writes.create(user, incident, place.ags(), "CREATE")
                .authorize(u -> access.requireLeadOrMember(u, compound, place.ags()))
                .event(PatrolEvents.INCIDENT_CREATED, (before, after) -> PatrolEvents.INCIDENT_CREATED.payload()
                        .with(PatrolEvents.COMPOUND_ID, compoundId).with(PatrolEvents.AT_PLACE, after.placeId())
                        .with(PatrolEvents.OCCURRED_AT, after.occurredAt()).build())
                .apply((c, id) -> {
                    List<String> officerIds = validate(c, compoundId, r);
                    store.insert(c, new Incident(id.toString(), compoundId, place.ags(), place.id(), place.name(),
                            place.category(), r.occurredAt(), r.what().trim(), officerIds, List.of(), List.of()));
                });
    }

    /** Every wrong field at once (400); the officers as stored (duplicates dropped). */
    private List<String> validate(Connection c, String compoundId, IncidentRequest r) throws SQLException {
        Validator v = new Validator();
        v.required("occurredAt", r.occurredAt());
        LocalDateTime occurred = r.occurredAt();
        v.rule(occurred == null || !occurred.toLocalDate().isAfter(LocalDate.now(clock)), "occurredAt",
                "validation.notInFuture");
        v.text("what", r.what(), 4000);
        List<String> officerIds = records.officers(c, v, compoundId, r.officerIds());
        v.throwIfInvalid();
        return officerIds;
    }

    @Override
    public Incident incident(CurrentUser user, String compoundId, String incidentId) {
        return access.read(user, compoundId, (c, compound) -> find(c, compoundId, incidentId));
    }

    private Incident find(Connection c, String compoundId, String incidentId) throws SQLException {
        return store.find(c, String.valueOf(incidentId)).filter(i -> i.compoundId().equals(compoundId))
                .orElseThrow(() -> new NotFoundException(notFound(incidentId)));
    }

    private static Message notFound(String incidentId) {
        return Message.of("patrol.notInCompound", ConflictException.entity("Incident"), incidentId);
    }

    @Override
    public Page<Incident> incidents(CurrentUser user, String compoundId, String municipality, PageRequest page) {
        return access.read(user, compoundId, (c, compound) -> store.page(c, compoundId,
                CompoundStore.blankToNull(municipality), page));
    }

    @Override
    public IncidentPhoto addPhoto(CurrentUser user, String compoundId, String incidentId, byte[] content) {
        Message notFound = notFound(incidentId);
        String photoId = UUID.randomUUID().toString();
        String[] type = new String[1];
        Incident after = writes.update(user, incident, CompoundAccess.uuid(incidentId, notFound), "PHOTO_ADDED")
                .authorize(access.within(compoundId, Incident::compoundId, notFound,
                        (u, compound, record) -> access.requireLeadOrMember(u, compound, record.ags())))
                .check(before -> type[0] = PhotoCheck.mediaType(content, maxPhotoBytes))
                .event(PatrolEvents.INCIDENT_PHOTO_ADDED, (before, a) -> PatrolEvents.INCIDENT_PHOTO_ADDED.payload()
                        .with(PatrolEvents.COMPOUND_ID, compoundId).with(PatrolEvents.PHOTO_ID, photoId)
                        .with(PatrolEvents.PHOTO_TYPE, type[0]).build())
                .apply((c, before) -> store.addPhoto(c, before.id(), new IncidentPhoto(photoId, type[0],
                        content.length, PhotoCheck.sha256(content), Instant.now(clock)), content));
        return after.photos().stream().filter(p -> p.id().equals(photoId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Photo " + photoId + " was not stored"));
    }

    @Override
    public PhotoContent photo(CurrentUser user, String compoundId, String incidentId, String photoId) {
        return access.read(user, compoundId, (c, compound) -> {
            Incident found = find(c, compoundId, incidentId);
            return store.photo(c, found.id(), String.valueOf(photoId)).orElseThrow(() -> new NotFoundException(
                    Message.of("patrol.notInCompound", ConflictException.entity("IncidentPhoto"), photoId)));
        });
    }

    @Override
    public byte[] pdf(CurrentUser user, String compoundId, String incidentId) {
        return access.read(user, compoundId, (c, compound) -> {
            Incident found = find(c, compoundId, incidentId);
            List<String> officers = new ArrayList<>();
            for (String id : found.officerIds()) {
                officers.add(records.officer(c, id).map(Officer::name).orElse(id));
            }
            return IncidentPdf.render(found, compound, officers);
        });
    }

    @Override
    public List<Checklist> checklists() {
        return Checklists.all();
    }
}
