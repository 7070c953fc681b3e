package org.asskomm.platform.core.boot;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.Repository;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the feature repositories of {@code etc/org.apache.karaf.features.cfg} are registered once Karaf's
 * boot is finished. In 1 of 9 fresh boots Karaf's features service restarted while it installed the boot
 * features ({@code InstanceAlreadyExistsException org.apache.karaf:type=feature,name=root} in karaf.log) and
 * the new instance came up with the boot features installed but no repositories, so the module store knew no
 * module (404). Adding a repository that is missing is cheap and harmless; see
 * docs/decisions/0006-boot-feature-repositories.md.
 */
@Component(immediate = true)
public class FeatureRepositoryGuard {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureRepositoryGuard.class);

    private final Thread check;

    @Activate
    public FeatureRepositoryGuard(@Reference FeaturesService features, BundleContext context) {
        Path cfg = Path.of(System.getProperty("karaf.etc", "etc"), "org.apache.karaf.features.cfg");
        // off the activation thread: it waits for the boot, and adding a repository resolves its descriptor
        check = new Thread(() -> {
            if (KarafBoot.awaitFinished(context, Duration.ofMinutes(30))) {
                ensure(features, configured(cfg));
            } else if (!Thread.currentThread().isInterrupted()) {
                LOG.warn("Karaf's boot did not finish within 30 minutes; feature repositories not checked");
            }
        }, "asskomm-feature-repository-check");
        check.setDaemon(true);
        check.start();
    }

    @Deactivate
    void deactivate() {
        check.interrupt();
    }

    /** The URIs of {@code featuresRepositories} in the features service's configuration file. */
    static List<URI> configured(Path cfg) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(cfg)) {
            p.load(in);
        } catch (IOException e) {
            LOG.warn("Cannot read {} to check the feature repositories: {}", cfg, e.toString());
            return List.of();
        }
        List<URI> uris = new ArrayList<>();
        for (String uri : p.getProperty("featuresRepositories", "").split(",")) {
            if (!uri.isBlank()) {
                uris.add(URI.create(uri.trim()));
            }
        }
        return uris;
    }

    /** Adds every configured repository the features service does not know; returns how many it added. */
    static int ensure(FeaturesService features, List<URI> configured) {
        int added = 0;
        try {
            Set<URI> known = Arrays.stream(features.listRepositories()).map(Repository::getURI)
                    .collect(Collectors.toSet());
            for (URI uri : configured) {
                if (!known.contains(uri)) {
                    LOG.warn("Feature repository {} was missing after Karaf's boot (known boot race, "
                            + "docs/decisions/0006-boot-feature-repositories.md); adding it again", uri);
                    features.addRepository(uri);
                    added++;
                }
            }
        } catch (Exception e) {
            LOG.error("Could not check or restore the feature repositories", e);
        }
        return added;
    }
}
