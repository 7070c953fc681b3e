package ${package}.internal;

import org.asskomm.platform.api.AbstractModule;
import org.asskomm.platform.api.ModuleDescriptor;
import org.osgi.service.component.annotations.Component;

/** Announces the plugin to the platform: it appears in /api/v1/modules while this bundle runs. */
@Component(service = ModuleDescriptor.class)
public class PluginModule extends AbstractModule {

    public static final String ID = "${moduleId}";

    public PluginModule() {
        super(ID, "${moduleTitle}", "${moduleTitle} (ASSKomm plugin)");
    }
}
