package org.asskomm.platform.core.store;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This node's identity in the cluster: system properties {@code asskomm.node} (default: host name and
 * installation directory, stable across restarts) and {@code asskomm.node.group} (default {@code default}),
 * e.g. in {@code etc/system.properties}.
 */
public record ClusterNode(String id, String group) {

    public static final String DEFAULT_GROUP = "default";

    public static ClusterNode local() {
        String id = System.getProperty("asskomm.node", "").trim();
        if (id.isEmpty()) {
            id = hostName() + ":" + System.getProperty("karaf.base", System.getProperty("user.dir"));
        }
        String group = System.getProperty("asskomm.node.group", "").trim();
        return new ClusterNode(id.length() > 300 ? id.substring(id.length() - 300) : id,
                group.isEmpty() ? DEFAULT_GROUP : group);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
