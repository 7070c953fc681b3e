package org.asskomm.transparency.internal;

/**
 * Configuration PID {@code org.asskomm.transparency} (etc/org.asskomm.transparency.cfg): the licence of the LPR's own
 * data and the address of the feedback channel (BITV 2.0).
 */
public @interface TransparencyConfig {

    String PID = "org.asskomm.transparency";

    String licence() default "dl-de/by-2-0";

    String licenceUrl() default "https://www.govdata.de/dl-de/by-2-0";

    String feedbackAddress() default "asskomm@lpr.sachsen.de";
}
