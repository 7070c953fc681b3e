package org.asskomm.transparency.internal;

/** What the public page shows besides the figures: the data licence and where feedback goes. */
public record About(String licence, String licenceUrl, String feedbackAddress) {
}
