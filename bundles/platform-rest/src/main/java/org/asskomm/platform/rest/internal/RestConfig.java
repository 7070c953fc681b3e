package org.asskomm.platform.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the REST API ({@code etc/org.asskomm.rest.cfg}), read by the components that need them. */
@ObjectClassDefinition(name = "ASSKomm REST API", description = "Settings of the REST API at /api/v1")
public @interface RestConfig {

    String PID = "org.asskomm.rest";

    @AttributeDefinition(name = "JAAS realm", description = "Karaf JAAS realm that checks user names and passwords")
    String realm() default "karaf";

    @AttributeDefinition(name = "Maximum request body (bytes)",
            description = "Larger request bodies are refused with 413; the default (11 MiB) leaves room for 10 MiB documents")
    long maxBodyBytes() default 11L * 1024 * 1024;

    @AttributeDefinition(name = "Failed logins before delay",
            description = "Failed logins of one user name from one source address that are answered at once; "
                    + "after them each further failure doubles the delay before the next attempt is checked")
    int loginFailuresBeforeLockout() default 5;

    @AttributeDefinition(name = "Longest login delay (seconds)",
            description = "Cap of the growing delay; values below 1 count as 1 (the throttle cannot be switched off)")
    int loginLockoutSeconds() default 300;

    @AttributeDefinition(name = "Failed logins per source before delay",
            description = "Failed logins from one source address (any user names) before that source is delayed")
    int loginFailuresPerSource() default 50;

    @AttributeDefinition(name = "Trusted proxies",
            description = "Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Host are believed; "
                    + "empty (the default): none, the peer address is the client")
    String[] trustedProxies() default {};

    @AttributeDefinition(name = "Minimum request data rate (bytes/s)",
            description = "A request body read slower, after 5 s of grace from its first read, is refused (408); 0 disables the check")
    long minRequestDataRate() default 1024;

    @AttributeDefinition(name = "Connections per source",
            description = "Open HTTP connections one source address may hold; further ones are closed at once "
                    + "(trusted proxies are exempt); 0 disables the limit")
    int maxConnectionsPerSource() default 100;

    @AttributeDefinition(name = "Security audit interval (seconds)",
            description = "Failed logins and permission denials are counted per user, source and interval: "
                    + "the first of an interval is recorded at once, the repetitions as one row at its end")
    int securityAuditIntervalSeconds() default 300;

    @AttributeDefinition(name = "Security audit retention (days)",
            description = "Failed-login and denial rows older than this are deleted once a day; 0 keeps them")
    int securityAuditRetentionDays() default 365;

    @AttributeDefinition(name = "Mode", description = "production refuses the shipped default password; "
            + "development (the default) accepts it and warns")
    String mode() default "development";
}
