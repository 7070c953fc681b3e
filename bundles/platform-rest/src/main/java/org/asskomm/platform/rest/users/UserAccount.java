package org.asskomm.platform.rest.users;

import java.util.List;

/** A user of the JAAS realm as the console shows it: name, roles and groups; never a password or its hash. */
public record UserAccount(String name, List<String> roles, List<String> groups) {

    public UserAccount {
        roles = List.copyOf(roles);
        groups = List.copyOf(groups);
    }
}
