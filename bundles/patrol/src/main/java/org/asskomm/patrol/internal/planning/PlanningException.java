package org.asskomm.patrol.internal.planning;

/** The problem cannot be planned as asked (e.g. a fixed event finds no officer with time left). */
public class PlanningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    /** {@code key} names the text in the module's message files; {@code message} says it for logs. */
    public PlanningException(String key, String message, Object... args) {
        super(message);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
