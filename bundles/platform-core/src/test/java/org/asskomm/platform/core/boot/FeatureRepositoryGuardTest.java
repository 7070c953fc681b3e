package org.asskomm.platform.core.boot;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;
import org.junit.Test;

public class FeatureRepositoryGuardTest {

    private static final URI STANDARD = URI.create("mvn:org.apache.karaf.features/standard/4.4.10/xml/features");
    private static final URI ASSKOMM = URI.create("mvn:org.asskomm/asskomm-features/0.1.0-SNAPSHOT/xml/features");

    @Test
    public void readsTheContinuedListOfTheFeaturesConfiguration() throws Exception {
        Path cfg = Files.createTempFile("features", ".cfg");
        Files.writeString(cfg, "featuresRepositories = \\\n    " + STANDARD + ", \\\n    " + ASSKOMM + "\n"
                + "featuresBoot = a, b\n");
        assertEquals(List.of(STANDARD, ASSKOMM), FeatureRepositoryGuard.configured(cfg));
        Files.delete(cfg);
    }

    private static Repository repository(URI uri) {
        return (Repository) Proxy.newProxyInstance(FeatureRepositoryGuardTest.class.getClassLoader(),
                new Class<?>[] {Repository.class}, (proxy, method, args) -> uri);
    }

    @Test
    public void addsOnlyTheMissingRepositories() {
        List<URI> known = new ArrayList<>(List.of(STANDARD));
        FeaturesService features = (FeaturesService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {FeaturesService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "listRepositories" -> known.stream().map(FeatureRepositoryGuardTest::repository)
                            .toArray(Repository[]::new);
                    case "addRepository" -> known.add((URI) args[0]) ? null : null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        assertEquals(1, FeatureRepositoryGuard.ensure(features, List.of(STANDARD, ASSKOMM)));
        assertEquals(List.of(STANDARD, ASSKOMM), known);
        assertEquals("nothing to do the second time", 0, FeatureRepositoryGuard.ensure(features, List.of(STANDARD, ASSKOMM)));
    }
}
