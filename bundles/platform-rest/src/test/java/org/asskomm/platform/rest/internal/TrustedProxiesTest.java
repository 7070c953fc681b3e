package org.asskomm.platform.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class TrustedProxiesTest {

    @Test
    public void forwardedHeadersCountOnlyFromATrustedProxy() {
        TrustedProxies none = new TrustedProxies();
        assertEquals("127.0.0.1", none.source("127.0.0.1", "6.6.6.6"));
        assertNull(none.forwardedHost("127.0.0.1", "example.org:8990"));

        TrustedProxies nginx = new TrustedProxies("10.0.0.5", " ::1 ");
        assertEquals("the address the proxy appended", "192.0.2.7", nginx.source("10.0.0.5", "6.6.6.6, 192.0.2.7"));
        assertEquals("0:0:0:0:0:0:0:1 is ::1", "192.0.2.7", nginx.source("0:0:0:0:0:0:0:1", "192.0.2.7"));
        assertEquals("10.0.0.6", nginx.source("10.0.0.6", "192.0.2.7"));
        assertEquals("example.org:8990", nginx.forwardedHost("10.0.0.5", "example.org:8990"));
        assertNull(nginx.forwardedHost("10.0.0.6", "example.org:8990"));
    }
}
