package ${package}.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ModuleNotEnabledException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;

import ${package}.api.Measure;
import ${package}.api.MeasureDraft;
import ${package}.api.MeasureStatus;
import ${package}.api.MeasureTransition;

/** The service on the real platform core over in-memory H2: rights, enablement, validation, lifecycle, audit, events. */
public class MeasureRegistryTest {

    static final String FRANKENBERG = "14522150";
    static final String FLOEHA = "14522140";

    private TestPlatform platform;
    private MeasureRegistry registry;

    @Before
    public void setUp() {
        platform = new TestPlatform().enable(PluginModule.ID, FRANKENBERG);
        registry = new MeasureRegistry(platform.database, platform.schema(PluginModule.ID, MeasureRegistry.class),
                platform.municipalities, platform.writes);
    }

    @Test
    public void aMeasureRunsThroughItsLifecycleWithAuditAndEvents() {
        Measure m = registry.create(TestPlatform.municipalUser(FRANKENBERG), new MeasureDraft(FRANKENBERG, " Lighting "));
        assertEquals(MeasureStatus.PLANNED, m.status());
        assertEquals("Lighting", m.title());
        Measure running = registry.transition(TestPlatform.municipalUser(FRANKENBERG), m.id(),
                new MeasureTransition(MeasureStatus.RUNNING, m.version()));
        assertEquals(MeasureStatus.RUNNING, running.status());
        assertEquals(m.version() + 1, running.version());
        assertEquals(1, platform.events.topic("org/asskomm/${moduleId}/Measure/CREATED").size());
        assertEquals(FRANKENBERG, platform.events.topic("org/asskomm/${moduleId}/Measure/RUNNING").get(0)
                .getProperty("municipality"));
        assertEquals(2, platform.audit.search(new AuditQuery(PluginModule.ID, null, null, null, null, null, null),
                new PageRequest(0, 10)).total());
    }

    @Test
    public void illegalTransitionsAndStaleVersionsAreConflicts() {
        Measure m = registry.create(TestPlatform.lprAdmin(), new MeasureDraft(FRANKENBERG, "Lighting"));
        Measure done = registry.transition(TestPlatform.lprAdmin(), m.id(), new MeasureTransition(MeasureStatus.DONE, 1));
        ConflictException illegal = assertThrows(ConflictException.class, () -> registry.transition(
                TestPlatform.lprAdmin(), m.id(), new MeasureTransition(MeasureStatus.RUNNING, done.version())));
        assertTrue(illegal.getMessage(), illegal.getMessage().contains("DONE") && illegal.getMessage().contains("RUNNING"));
        Measure other = registry.create(TestPlatform.lprAdmin(), new MeasureDraft(FRANKENBERG, "Patrols"));
        registry.transition(TestPlatform.lprAdmin(), other.id(), new MeasureTransition(MeasureStatus.RUNNING, 1));
        assertThrows(ConflictException.class, () -> registry.transition(TestPlatform.lprAdmin(), other.id(),
                new MeasureTransition(MeasureStatus.DONE, 1)));
    }

    @Test
    public void otherMunicipalitiesSeeNothingAndChangeNothing() {
        Measure m = registry.create(TestPlatform.municipalUser(FRANKENBERG), new MeasureDraft(FRANKENBERG, "Lighting"));
        assertThrows(NotFoundException.class, () -> registry.get(TestPlatform.municipalUser(FLOEHA), m.id()));
        assertEquals(0, registry.list(TestPlatform.municipalUser(FLOEHA), null, null, new PageRequest(0, 10)).total());
        assertEquals(1, registry.list(TestPlatform.viewer(), null, null, new PageRequest(0, 10)).total());
        assertThrows(AccessDeniedException.class, () -> registry.create(TestPlatform.municipalUser(FLOEHA),
                new MeasureDraft(FRANKENBERG, "Not mine")));
    }

    @Test
    public void aMunicipalityThatDidNotEnableThePluginIsRefused() {
        assertThrows(ModuleNotEnabledException.class, () -> registry.create(TestPlatform.municipalUser(FLOEHA),
                new MeasureDraft(FLOEHA, "Lighting")));
    }

    @Test
    public void invalidInputNamesTheFieldAndWritesNothing() {
        ValidationException e = assertThrows(ValidationException.class, () -> registry.create(TestPlatform.lprAdmin(),
                new MeasureDraft(FRANKENBERG, " ")));
        assertTrue(e.getMessage(), e.errors().stream().anyMatch(f -> f.field().equals("title")));
        assertThrows(ValidationException.class, () -> registry.create(TestPlatform.lprAdmin(),
                new MeasureDraft("99999999", "Lighting")));
        assertEquals(0, registry.list(TestPlatform.lprAdmin(), null, null, new PageRequest(0, 10)).total());
    }
}
