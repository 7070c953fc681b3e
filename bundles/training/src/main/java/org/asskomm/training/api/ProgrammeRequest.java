package org.asskomm.training.api;

import java.util.List;
import java.util.Set;

public record ProgrammeRequest(String title, Degree degree, String institution, String description, Boolean partTime,
                               Boolean distance, Set<Qualification> admissionRequirements,
                               List<ProgrammeModuleRequest> modules) {
}
