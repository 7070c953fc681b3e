package ${package}.api;

import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The plugin's service; the REST resource and the shell command are thin layers over it. */
@ProviderType
public interface MeasureService {

    Measure create(CurrentUser user, MeasureDraft draft);

    Measure get(CurrentUser user, UUID id);

    Page<Measure> list(CurrentUser user, String municipality, MeasureStatus status, PageRequest page);

    Measure transition(CurrentUser user, UUID id, MeasureTransition transition);
}
