package org.asskomm.journey.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.asskomm.journey.api.Journey;
import org.asskomm.journey.api.JourneyService;
import org.asskomm.journey.api.JourneySummary;
import org.asskomm.journey.api.Stage;
import org.asskomm.journey.api.StageRequest;
import org.asskomm.journey.api.StageView;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The journeys: the stage list (changed by LPR admins through the write pipeline) and the views computed from the
 * recorded milestones, leaving out the steps of modules that are not installed.
 */
@Component(service = {JourneyService.class, JourneyRegistry.class})
public class JourneyRegistry implements JourneyService {

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final Writes writes;
    private final InstalledModules installed;

    @Activate
    public JourneyRegistry(@Reference Database database,
                           @Reference(target = "(asskomm.module=journey)") ModuleSchema schema,
                           @Reference MunicipalityDirectory municipalities, @Reference Writes writes,
                           @Reference InstalledModules installed) {
        this.database = database;
        this.municipalities = municipalities;
        this.writes = writes;
        this.installed = installed;
    }

    /** A stage is keyed by its code: the pipeline's id is derived from it and names the audit entry. */
    private static Entity<Stage> stage(String code) {
        return Entity.<Stage>of(JourneyModule.ID, "Stage", (c, id) -> JourneyStore.stage(c, code), s -> null)
                .versioned(Stage::version);
    }

    static UUID idOf(String code) {
        return UUID.nameUUIDFromBytes(("journey-stage:" + code).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public List<Stage> stages(CurrentUser user) {
        user.requireAuthenticated();
        return database.read(JourneyStore::stages);
    }

    @Override
    public Stage putStage(CurrentUser user, String code, StageRequest r) {
        user.requireLprAdmin();
        JourneyInputs.stage(code, r);
        if (r.version() == null) {
            return writes.create(user, stage(code), null, "CREATE").authorize(CurrentUser::requireLprAdmin)
                    .apply((c, id) -> {
                        if (JourneyStore.stage(c, code).isPresent()) {
                            throw ConflictException.of("journey.stage.exists", code);
                        }
                        JourneyStore.putStage(c, code, r.position(), r.labelDe().strip(), r.labelEn().strip(),
                                JourneyInputs.stripped(r.steps()), null);
                    });
        }
        return writes.update(user, stage(code), idOf(code), "UPDATE").authorize((u, before) -> u.requireLprAdmin())
                .expectVersion(r.version())
                .apply((c, before) -> JourneyStore.putStage(c, code, r.position(), r.labelDe().strip(),
                        r.labelEn().strip(), JourneyInputs.stripped(r.steps()), r.version()));
    }

    @Override
    public Journey journey(CurrentUser user, String ags) {
        user.requireAuthenticated();
        Municipality m = municipalities.require("municipality", ags);
        user.requireRead(ags);
        return database.read(c -> new Journey(m.ags(), m.name(), m.district(), JourneyViews.stages(
                JourneyStore.stages(c), JourneyStore.milestones(c, List.of(ags)), installed::contains)));
    }

    @Override
    public List<JourneySummary> summaries(CurrentUser user, String district) {
        user.requireAuthenticated();
        return database.read(c -> {
            List<Stage> stages = JourneyStore.stages(c);
            Map<String, List<JourneyStore.Milestone>> byMunicipality = JourneyStore.milestones(c,
                    user.seesAll() ? null : user.municipalities()).stream()
                    .collect(Collectors.groupingBy(JourneyStore.Milestone::municipality, LinkedHashMap::new,
                            Collectors.toList()));
            List<JourneySummary> summaries = new ArrayList<>();
            for (Map.Entry<String, List<JourneyStore.Milestone>> e : byMunicipality.entrySet()) {
                Optional<Municipality> m = municipalities.find(e.getKey());
                if (m.isEmpty() || (district != null && !district.equals(m.get().district()))) {
                    continue;
                }
                Map<String, LocalDate> reached = new LinkedHashMap<>();
                for (StageView view : JourneyViews.stages(stages, e.getValue(), installed::contains)) {
                    if (view.reached()) {
                        reached.put(view.code(), view.reachedOn());
                    }
                }
                if (!reached.isEmpty()) {
                    summaries.add(new JourneySummary(m.get().ags(), m.get().name(), m.get().district(), reached));
                }
            }
            summaries.sort((a, b) -> a.municipality().compareTo(b.municipality()));
            return summaries;
        });
    }
}
