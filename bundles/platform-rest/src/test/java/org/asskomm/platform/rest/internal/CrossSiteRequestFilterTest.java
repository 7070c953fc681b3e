package org.asskomm.platform.rest.internal;

import static org.asskomm.platform.rest.internal.CrossSiteRequestFilter.refusal;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class CrossSiteRequestFilterTest {

    @Test
    public void refusesWritesFromAnotherSite() {
        assertTrue(refusal("POST", "cross-site", null, "asskomm.example:8181", null).isPresent());
        assertTrue(refusal("DELETE", "same-site", null, "asskomm.example:8181", null).isPresent());
        assertTrue(refusal("POST", null, "https://evil.example", "asskomm.example", null).isPresent());
        assertTrue(refusal("PUT", null, "http://asskomm.example:9999", "asskomm.example:8181", null).isPresent());
        assertTrue(refusal("POST", null, "null", "asskomm.example", null).isPresent());
        assertTrue(refusal("post", null, "not a uri", "asskomm.example", null).isPresent());
    }

    @Test
    public void acceptsWritesFromTheOwnOrigin() {
        assertFalse(refusal("POST", "same-origin", "http://localhost:8181", "localhost:8181", null).isPresent());
        assertFalse(refusal("POST", null, "https://asskomm.example", "asskomm.example:443", null).isPresent());
        assertFalse(refusal("PUT", null, "https://asskomm.example", "127.0.0.1:8181", "asskomm.example").isPresent());
    }

    @Test
    public void acceptsClientsThatAreNoBrowsersAndReads() {
        assertFalse(refusal("POST", null, null, "localhost:8181", null).isPresent());
        assertFalse(refusal("GET", "cross-site", "https://evil.example", "localhost:8181", null).isPresent());
        assertFalse(refusal("POST", "none", null, "localhost:8181", null).isPresent());
    }
}
