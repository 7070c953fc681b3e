package org.asskomm.patrol.api;

/** The state of an order from the office to the field. */
public enum OrderStatus {
    OPEN, DONE
}
