package org.asskomm.patrol.internal.planning;

/** The problem cannot be planned as asked (e.g. a fixed event finds no officer with time left). */
public class PlanningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlanningException(String message) {
        super(message);
    }
}
