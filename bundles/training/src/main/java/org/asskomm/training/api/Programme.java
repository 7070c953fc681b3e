package org.asskomm.training.api;

import java.util.List;
import java.util.Set;

/** A study programme (B.A./M.A. Praeventionsmanagement) or a qualification made of modules. */
public record Programme(String id, String title, Degree degree, String institution, String description,
                        boolean partTime, boolean distance, Set<Qualification> admissionRequirements,
                        List<ProgrammeModule> modules, int version) {
}
