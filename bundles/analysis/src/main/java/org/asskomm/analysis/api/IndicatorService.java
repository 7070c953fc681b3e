package org.asskomm.analysis.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Regulatory offences and social indicators. Writes post {@code org/asskomm/analysis/Indicator/CREATED} or
 * {@code UPDATED} with {@code kind} and {@code name}.
 */
@ProviderType
public interface IndicatorService {

    IndicatorSeries save(CurrentUser user, IndicatorDraft draft);

    /** A CSV {@code Indikator;Einheit;Jahr;Wert} (German numbers), all series in one transaction. */
    List<IndicatorSeries> importCsv(CurrentUser user, String municipality, IndicatorKind kind, String source,
                                    byte[] csv);

    Page<IndicatorSeries> list(CurrentUser user, String municipality, IndicatorKind kind, PageRequest page);
}
