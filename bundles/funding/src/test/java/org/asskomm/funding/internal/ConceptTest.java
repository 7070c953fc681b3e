package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.Fixture.FRANKENBERG;
import static org.asskomm.funding.internal.Fixture.LPR;
import static org.asskomm.funding.internal.Fixture.YEAR;
import static org.asskomm.funding.internal.Fixture.eur;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.Concept;
import org.asskomm.funding.api.ConceptRequest;
import org.asskomm.funding.api.ConceptStep;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeRequest;
import org.asskomm.funding.api.VersionRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Test;
import org.osgi.service.event.Event;

/** The project concept (Beccaria standards): revisions, step checks, the submission gate, the analysis' fields, PDF. */
public class ConceptTest {

    static final String LONG = "Ein ausführlicher Text, der diesen Schritt des Projektkonzepts vollständig beschreibt.";

    private final Fixture f = new Fixture();
    private final CurrentUser frankenberg = TestPlatform.municipalUser(FRANKENBERG);
    private final ConceptRegistry concepts = new ConceptRegistry(f.platform.database, f.platform.writes,
            f.applications, f.platform.municipalities, MessageFiles::texts, Clock.systemDefaultZone());
    private final Programme programme = f.programmes.createProgramme(LPR, new ProgrammeRequest(YEAR, "Landesprogramm",
            eur("500000.00"), null, null, null, null, null, null, null, null, null, null, null, null, null, null, true, null));

    static Concept.Steps steps(String causes) {
        return new Concept.Steps(LONG, causes, LONG, LONG, LONG, LONG, LONG);
    }

    static List<Concept.Indicator> model() {
        return List.of(new Concept.Indicator("Weniger Sachbeschädigungen am Markt", "Anzeigen Sachbeschädigung je Jahr",
                "Anzeigen", eur("20.00")));
    }

    private String german(ConflictException e) {
        return MessageFiles.texts(Locale.GERMANY).text(e.detail());
    }

    private ConflictException refused(Runnable action) {
        try {
            action.run();
            fail("expected a 409");
            return null;
        } catch (ConflictException e) {
            return e;
        }
    }

    private Application current(Application a) {
        return f.applications.application(frankenberg, a.id());
    }

    @Test
    public void anIncompleteStepIsRefusedWithTheStepNamedAndRevisionsStayReadable() {
        assertTrue(programme.conceptRequired());
        Application a = f.applications.create(frankenberg, Fixture.request(programme.id(), FRANKENBERG, "18000.00",
                "2000.00"));
        Concept empty = concepts.concept(frankenberg, a.id(), null);
        assertEquals(0, empty.revision());
        assertTrue(empty.checks().stream().noneMatch(Concept.StepCheck::complete));
        String missing = german(refused(() -> f.applications.submit(frankenberg, a.id(), new VersionRequest(a.version()))));
        assertTrue(missing, missing.contains("hat noch kein Projektkonzept") && missing.contains("Landesprogramm"));

        Concept first = concepts.saveConcept(frankenberg, a.id(), new ConceptRequest(steps("zu kurz"), model(),
                a.version()));
        assertEquals(1, first.revision());
        assertFalse(first.complete());
        Concept.StepCheck causes = first.checks().get(ConceptStep.CAUSES.ordinal());
        assertFalse(causes.complete());
        assertEquals("mindestens 40 Zeichen Text nötig, bisher 7",
                MessageFiles.texts(Locale.GERMANY).text(Message.ofStored(causes.missing()).orElseThrow()));
        Application saved = current(a);
        assertEquals(a.version() + 1, saved.version());   // the concept is part of the application
        String incomplete = german(refused(() -> f.applications.submit(frankenberg, a.id(),
                new VersionRequest(saved.version()))));
        assertTrue(incomplete, incomplete.contains("Schritt 2 „Ursachenanalyse“ – mindestens 40 Zeichen"));

        // stale version: 409, no new revision
        refused(() -> concepts.saveConcept(frankenberg, a.id(), new ConceptRequest(steps(LONG), model(), a.version())));
        // the goals step needs the logic model
        Concept noModel = concepts.saveConcept(frankenberg, a.id(), new ConceptRequest(steps(LONG), List.of(),
                saved.version()));
        assertEquals(2, noModel.revision());
        assertFalse(noModel.checks().get(ConceptStep.GOALS.ordinal()).complete());
        Concept complete = concepts.saveConcept(frankenberg, a.id(), new ConceptRequest(steps(LONG), model(),
                current(a).version()));
        assertEquals(3, complete.revision());
        assertTrue(complete.complete());
        assertEquals(eur("20.00"), complete.indicators().get(0).target());

        Application submitted = f.applications.submit(frankenberg, a.id(), new VersionRequest(current(a).version()));
        assertEquals(ApplicationStatus.SUBMITTED, submitted.status());
        refused(() -> concepts.saveConcept(frankenberg, a.id(), new ConceptRequest(steps(LONG), model(),
                submitted.version())));
        assertEquals(List.of(3, 2, 1), concepts.revisions(frankenberg, a.id()).stream().map(Concept::revision).toList());
        assertEquals("zu kurz", concepts.concept(frankenberg, a.id(), 1).steps().causes());
    }

    @Test
    public void badInputNamesTheField() {
        Application a = f.applications.create(frankenberg, Fixture.request(programme.id(), FRANKENBERG, "18000.00",
                "2000.00"));
        List<Concept.Indicator> bad = List.of(new Concept.Indicator("Ziel", " ", null, eur("1.234")));
        try {
            concepts.saveConcept(frankenberg, a.id(), new ConceptRequest(steps(LONG), bad, a.version()));
            fail();
        } catch (ValidationException e) {
            List<String> fields = e.errors().stream().map(x -> x.field()).toList();
            assertTrue(fields.toString(), fields.contains("indicators[0].name") && fields.contains("indicators[0].target"));
        }
        try {
            concepts.saveConcept(TestPlatform.municipalUser(Fixture.FLOEHA), a.id(),
                    new ConceptRequest(steps(LONG), model(), a.version()));
            fail();
        } catch (RuntimeException expected) {
            // another municipality may not write Frankenberg's concept
            assertFalse(expected instanceof ValidationException);
        }
    }

    @Test
    public void aConceptStartsFromTheActionFieldsTheAnalysisPublishedAndExportsAsPdf() {
        Application a = f.applications.create(frankenberg, Fixture.request(programme.id(), FRANKENBERG, "18000.00",
                "2000.00"));
        String none = german(refused(() -> concepts.startFromAnalysis(frankenberg, a.id(),
                new VersionRequest(a.version()))));
        assertTrue(none, none.contains("noch keine Sicherheitsanalyse Handlungsfelder veröffentlicht"));
        new ActionFieldsListener(f.platform.database, f.schema).handleEvent(new Event(ActionFieldsListener.TOPIC,
                Map.of("municipality", FRANKENBERG, "id", "analysis-1", "publishedOn", "2026-05-04", "actionFields",
                        new String[] {"Vandalismus am Bahnhof", "Unsicherheit im Park"}, "problems",
                        new String[] {"VANDALISM", "PARK"}, "payloadVersion", 1)));
        assertEquals(List.of("Vandalismus am Bahnhof", "Unsicherheit im Park"),
                concepts.actionFields(frankenberg, FRANKENBERG).get(0).actionFields());

        Concept started = concepts.startFromAnalysis(frankenberg, a.id(), new VersionRequest(a.version()));
        assertEquals(1, started.revision());
        assertTrue(started.steps().problem(), started.steps().problem().contains("04.05.2026")
                && started.steps().problem().contains("1. Vandalismus am Bahnhof\n2. Unsicherheit im Park"));
        assertNull(started.steps().causes());
        assertEquals("begonnen aus den Handlungsfeldern der Sicherheitsanalyse vom 04.05.2026",
                MessageFiles.texts(Locale.GERMANY).text(Message.ofStored(started.startedFrom()).orElseThrow()));
        refused(() -> concepts.startFromAnalysis(frankenberg, a.id(), new VersionRequest(current(a).version())));
        // a later revision keeps where the concept started
        assertEquals(started.startedFrom(), concepts.saveConcept(frankenberg, a.id(),
                new ConceptRequest(steps(LONG), model(), current(a).version())).startedFrom());

        byte[] pdf = concepts.pdf(frankenberg, a.id());
        assertTrue(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertTrue(pdf.length > 1500);
        assertEquals(7, concepts.guidance().size());
    }
}
