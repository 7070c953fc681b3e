package org.asskomm.training.internal;

import java.util.Set;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;

/** Who sees participants' data: the person's own municipality's staff and LPR admins (not viewers, not police). */
final class PersonalData {

    private PersonalData() {
    }

    static boolean visible(CurrentUser user, String municipality) {
        return user.mayActFor(municipality);
    }

    /** Others' people and enrolments are "not found", never "forbidden". */
    static void require(CurrentUser user, String municipality, String entity, Object id) {
        if (!visible(user, municipality)) {
            throw NotFoundException.of("problem.notFound", ConflictException.entity(entity), id);
        }
    }

    /** The municipalities whose personal data the user may list; null means all. */
    static Set<String> scope(CurrentUser user) {
        user.requireAuthenticated();
        if (user.isLprAdmin()) {
            return null;
        }
        if (user.municipalities().isEmpty()) {
            throw AccessDeniedException.of("training.personalData.forbidden");
        }
        return user.municipalities();
    }
}
