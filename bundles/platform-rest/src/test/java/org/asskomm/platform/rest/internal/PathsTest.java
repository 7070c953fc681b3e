package org.asskomm.platform.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class PathsTest {

    @Test
    public void dotSegmentsAndEncodedSeparatorsAreAmbiguous() {
        assertTrue(Paths.isAmbiguous("/api/v1/municipalities/..%2F..%2Fetc%2Fpasswd"));
        assertTrue(Paths.isAmbiguous("/api/v1/agreements/%2E%2E"));
        assertTrue(Paths.isAmbiguous("/api/v1/agreements/x/../y"));
        assertTrue(Paths.isAmbiguous("/api/v1/agreements/./y"));
        assertTrue(Paths.isAmbiguous("/api/v1/agreements/..%5c..%5cwin.ini"));
        assertFalse(Paths.isAmbiguous("/api/v1/agreements/3f1c2a9e-0000-4000-8000-000000000000"));
        assertFalse(Paths.isAmbiguous("/api/v1/municipalities/14522150/modules/agreements"));
        assertFalse(Paths.isAmbiguous("/api/v1/agreements/a..b/x.y"));
    }
}
