package org.asskomm.platform.rest.resource;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.rest.internal.PlatformResource;
import org.asskomm.platform.rest.internal.RequestMetrics;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metrics in the Prometheus text format: requests and latencies per endpoint, the database connection pool (the
 * commons-pool2 MBeans, {@code org.ops4j.pax.jdbc.pool.dbcp2:type=GenericObjectPool,name=pool}, of the dbcp2 pool
 * that pax-jdbc builds), JVM heap and threads. For LPR admins and users with
 * the role {@code monitoring} (a role that may read nothing else), so a scraper needs no admin account.
 */
@Component(service = MetricsResource.class)
@PlatformResource
@Path("/metrics")
public class MetricsResource {

    public static final String MONITORING = "monitoring";
    private static final Logger LOG = LoggerFactory.getLogger(MetricsResource.class);
    private static final String[][] POOL_GAUGES = {
            {"NumActive", "asskomm_db_pool_active_connections", "Connections of the pool in use."},
            {"NumIdle", "asskomm_db_pool_idle_connections", "Idle connections of the pool."},
            {"MaxTotal", "asskomm_db_pool_max_connections", "Most connections the pool opens."},
            {"NumWaiters", "asskomm_db_pool_waiting_threads", "Threads waiting for a connection."}};

    private final RequestMetrics requests;

    @Activate
    public MetricsResource(@Reference RequestMetrics requests) {
        this.requests = requests;
    }

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    @Doc(value = "Request metrics (Prometheus text format)", id = "metrics")
    public String metrics(@Context CurrentUser user) {
        if (!user.roles().contains(MONITORING)) {
            user.requireLprAdmin();
        }
        StringBuilder out = new StringBuilder(4096);
        requests.writeTo(out);
        pool(out);
        jvm(out);
        return out.toString();
    }

    private static void pool(StringBuilder out) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> pools;
        try {
            // pax-jdbc-pool-dbcp2 embeds commons-pool2 and registers its pools in its own JMX domain
            pools = server.queryNames(new ObjectName("*:type=GenericObjectPool,*"), null);
        } catch (javax.management.MalformedObjectNameException e) {
            throw new IllegalStateException(e);
        }
        for (String[] gauge : POOL_GAUGES) {
            out.append("# HELP ").append(gauge[1]).append(' ').append(gauge[2]).append('\n')
                    .append("# TYPE ").append(gauge[1]).append(" gauge\n");
            for (ObjectName pool : pools) {
                try {
                    out.append(gauge[1]).append("{pool=\"").append(RequestMetrics.escape(pool.getKeyProperty("name")))
                            .append("\"} ").append(server.getAttribute(pool, gauge[0])).append('\n');
                } catch (javax.management.JMException e) {
                    LOG.debug("pool {} has no {}", pool, gauge[0], e);
                }
            }
        }
    }

    private static void jvm(StringBuilder out) {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        gauge(out, "jvm_memory_heap_used_bytes", "Heap in use.", heap.getUsed());
        gauge(out, "jvm_memory_heap_committed_bytes", "Heap committed by the JVM.", heap.getCommitted());
        gauge(out, "jvm_memory_heap_max_bytes", "Largest heap the JVM may use.", heap.getMax());
        gauge(out, "jvm_threads_live", "Live threads.", ManagementFactory.getThreadMXBean().getThreadCount());
        gauge(out, "process_uptime_seconds", "Seconds since the JVM started.",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
    }

    private static void gauge(StringBuilder out, String name, String help, long value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n").append(name).append(' ').append(value).append('\n');
    }
}
