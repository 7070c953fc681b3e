package org.asskomm.platform.api;

import org.osgi.annotation.versioning.ConsumerType;
import org.osgi.framework.FrameworkUtil;

/**
 * Convenience base for a module's descriptor component:
 * <pre>
 * &#64;Component(service = ModuleDescriptor.class)
 * public class SurveyModule extends AbstractModule {
 *     public SurveyModule() { super("survey", "Sicherheitsanalyse", "Citizen survey on the sense of safety"); }
 * }
 * </pre>
 * The REST root is {@code /<id>}, the console entry {@code /console/modules/<id>/index.js}, the version
 * that of the module's bundle.
 */
@ConsumerType
public abstract class AbstractModule implements ModuleDescriptor {

    private final String id;
    private final String title;
    private final String description;

    protected AbstractModule(String id, String title, String description) {
        if (id == null || !id.matches("[a-z][a-z0-9-]{1,30}")) {
            throw new IllegalArgumentException("module id must be lower-case letters, digits and '-': " + id);
        }
        this.id = id;
        this.title = title;
        this.description = description;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String version() {
        var bundle = FrameworkUtil.getBundle(getClass());
        return bundle == null ? "0.0.0" : bundle.getVersion().toString();
    }

    @Override
    public String restPath() {
        return "/" + id;
    }

    @Override
    public String consoleEntry() {
        return "/console/modules/" + id + "/index.js";
    }
}
