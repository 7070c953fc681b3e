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

    @AttributeDefinition(name = "Failed logins before lockout",
            description = "Consecutive failed logins of one user name after which its logins are refused for a while")
    int loginFailuresBeforeLockout() default 5;

    @AttributeDefinition(name = "Lockout (seconds)",
            description = "How long logins of a user name are refused after too many failures; 0 disables the lockout")
    int loginLockoutSeconds() default 60;

    @AttributeDefinition(name = "Mode", description = "production refuses the shipped default password; "
            + "development (the default) accepts it and warns")
    String mode() default "development";
}
