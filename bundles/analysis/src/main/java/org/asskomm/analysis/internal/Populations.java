package org.asskomm.analysis.internal;

import java.util.HashMap;
import java.util.Map;

import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;

/** Populations of Saxony's municipalities and districts from the platform's municipal directory. */
record Populations(Map<String, Municipality> municipalities, Map<String, Long> districts, long saxony) {

    static Populations of(MunicipalityDirectory directory) {
        Map<String, Municipality> all = new HashMap<>();
        Map<String, Long> districts = new HashMap<>();
        long saxony = 0;
        int offset = 0;
        Page<Municipality> page;
        do {
            page = directory.search(null, null, new PageRequest(offset, PageRequest.MAX_LIMIT));
            for (Municipality m : page.items()) {
                if (m.ags().startsWith("14")) {
                    all.put(m.ags(), m);
                    districts.merge(districtKey(m.ags()), m.population(), Long::sum);
                    saxony += m.population();
                }
            }
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total());
        return new Populations(Map.copyOf(all), Map.copyOf(districts), saxony);
    }

    /** The district key of a municipality: the first five digits of its AGS. */
    static String districtKey(String ags) {
        return ags.substring(0, 5);
    }
}
