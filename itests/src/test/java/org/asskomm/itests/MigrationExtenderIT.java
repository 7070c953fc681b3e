package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The schema-migration extender of platform-core: a module bundle (agreements) that starts while the extender is
 * disabled, or while the whole core bundle is stopped, waits (bundle active, its components unsatisfied, no failure,
 * endpoint absent) and serves as soon as the core is back, with its schema offered as a service.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MigrationExtenderIT extends AsskommTestSupport {

    private static final String AGREEMENTS = "/api/v1/agreements";
    private static final String CORE = "org.asskomm.platform-core";
    private static final String EXTENDER = "org.asskomm.platform.core.db.MigrationExtender";
    private static final String REGISTRY = "org.asskomm.agreements.internal.AgreementRegistry";
    private static final String MODULE_SCHEMA = "org.asskomm.platform.api.persistence.ModuleSchema";

    @Inject
    private ServiceComponentRuntime scr;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void agreementsServing() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        installIfMissing("asskomm-agreements");
        awaitStatus(AGREEMENTS, 200, Duration.ofSeconds(30));
    }

    @Test
    public void theModuleSchemaIsAServiceOnceMigrated() throws Exception {
        ServiceReference<?> schema = moduleSchema("agreements");
        assertNotNull("agreements' schema is offered", schema);
        assertTrue(schema.getProperty("asskomm.schema.version").toString(),
                (Integer) schema.getProperty("asskomm.schema.version") >= 1);
        assertEquals("org.asskomm.agreements", schema.getProperty("asskomm.bundle"));
        assertNotNull("the platform's own schema too", moduleSchema("platform"));
    }

    @Test
    public void aModuleStartedWhileTheExtenderIsDisabledWaitsThenServes() throws Exception {
        Bundle core = bundle(CORE);
        ComponentDescriptionDTO extender = scr.getComponentDescriptionDTO(core, EXTENDER);
        scr.disableComponent(extender).getValue();
        try {
            awaitAbsent("agreements");
            restart(bundle("org.asskomm.agreements"));
            assertWaiting();
        } finally {
            scr.enableComponent(extender).getValue();
        }
        awaitStatus(AGREEMENTS, 200, Duration.ofSeconds(60));
        assertNotNull(moduleSchema("agreements"));
        assertNoMigrationFailure();
    }

    @Test
    public void aModuleStartedWhileTheCoreBundleIsStoppedWaitsThenServes() throws Exception {
        Bundle core = bundle(CORE);
        core.stop();
        try {
            awaitAbsent("agreements");
            restart(bundle("org.asskomm.agreements"));
            assertWaiting();
        } finally {
            core.start();
        }
        awaitStatus(AGREEMENTS, 200, Duration.ofSeconds(60));
        assertNotNull(moduleSchema("agreements"));
        assertNoMigrationFailure();
    }

    /** Started without error, its registry not active for want of the schema, and nothing answering for it. */
    private void assertWaiting() throws Exception {
        Bundle agreements = bundle("org.asskomm.agreements");
        assertEquals("the bundle started", Bundle.ACTIVE, agreements.getState());
        assertNull("no schema without the extender", moduleSchema("agreements"));
        ComponentDescriptionDTO registry = scr.getComponentDescriptionDTO(agreements, REGISTRY);
        assertTrue("the registry stays enabled", scr.isComponentEnabled(registry));
        for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(registry)) {
            assertEquals("the registry waits for its references", ComponentConfigurationDTO.UNSATISFIED_REFERENCE,
                    configuration.state);
        }
        // the module's application is withdrawn once its resources have gone (the platform lets such changes
        // settle for a moment before it rebuilds the module's server)
        long deadline = System.nanoTime() + 10_000_000_000L;
        int status = get(AGREEMENTS, ADMIN).status();
        while (status == 200 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = get(AGREEMENTS, ADMIN).status();
        }
        assertNotEquals(200, status);
    }

    private void assertNoMigrationFailure() throws Exception {
        String log = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        // "no error" is asserted on the states above (bundle active, registry unsatisfied, not failed); any ERROR
        // line would also catch a request that raced the JAX-RS application's rebuild, which is not the point here
        assertFalse("no migration failed", log.contains("Schema migration of module"));
    }

    private static void restart(Bundle bundle) throws Exception {
        bundle.stop();
        bundle.start();
    }

    private void awaitAbsent(String moduleId) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (moduleSchema(moduleId) != null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the schema service of " + moduleId + " stays");
            }
            Thread.sleep(100);
        }
    }

    /** By class name, in every class space: the test probe does not import the platform API. */
    private ServiceReference<?> moduleSchema(String moduleId) throws InvalidSyntaxException {
        ServiceReference<?>[] refs = bundleContext.getAllServiceReferences(MODULE_SCHEMA,
                "(asskomm.module=" + moduleId + ")");
        return refs == null ? null : refs[0];
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
