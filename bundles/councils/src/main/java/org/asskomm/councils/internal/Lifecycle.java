package org.asskomm.councils.internal;

import java.time.LocalDate;

import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilStatus;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.i18n.Message;

/** The rules of a council's status change, apart from storage so that they are easy to test. */
final class Lifecycle {

    private Lifecycle() {
    }

    /** The status as people read it ("geplant", "planned"), for messages. */
    static Message label(CouncilStatus status) {
        return Message.of("councils.status." + status.name());
    }

    /**
     * @throws ConflictException   when the council's current status does not lead to {@code target}, or when
     *                             it is to be constituted without a chair in its rules of procedure
     * @throws ValidationException when {@code on} lies before the date of the current status
     */
    static void checkTransition(Council council, CouncilStatus target, LocalDate on) {
        if (!council.status().canBecome(target)) {
            throw ConflictException.of("councils.council.transition", council.id(), label(council.status()), label(target),
                    council.status().next().stream().map(Lifecycle::label).toList());
        }
        if (on.isBefore(council.statusSince())) {
            throw ValidationException.of("on", "councils.council.beforeStatusDate", council.statusSince(), label(council.status()));
        }
        String chair = council.rules().chair();
        if (target == CouncilStatus.CONSTITUTED && (chair == null || chair.isBlank())) {
            throw ConflictException.of("councils.council.noChair", council.id());
        }
    }
}
