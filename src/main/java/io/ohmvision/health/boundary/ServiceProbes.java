package io.ohmvision.health.boundary;

import io.ohmvision.cluster.control.ClusterMembership;
import io.ohmvision.health.control.SchedulerHeartbeat;
import io.ohmvision.platform.DatabaseState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.health.Startup;

/**
 * MicroProfile probes for orchestrators. Ready means the database answers and the schema is migrated; cameras being
 * offline never make the service unready. The probes read only plain CDI state that the startup singletons publish:
 * orchestrators ask while those are still being initialized, and a call into one then broke it for good.
 */
@ApplicationScoped
public class ServiceProbes {

    @Inject
    DatabaseState database;

    @Inject
    SchedulerHeartbeat scheduler;

    @Inject
    ClusterMembership cluster;

    @Produces
    @Liveness
    HealthCheck alive() {
        return () -> HealthCheckResponse.up("ohmvision");
    }

    @Produces
    @Startup
    HealthCheck started() {
        return () -> HealthCheckResponse.named("ohmvision-schema").status(database.isMigrated()).build();
    }

    @Produces
    @Readiness
    HealthCheck databaseReady() {
        return () -> HealthCheckResponse.named("ohmvision-database")
                .status(database.isMigrated() && database.isReachable())
                .withData("migrated", database.isMigrated())
                .build();
    }

    /** The health scheduler's timer is ticking; how many cameras are offline does not matter here. */
    @Produces
    @Readiness
    HealthCheck schedulerAlive() {
        return () -> HealthCheckResponse.named("ohmvision-health-scheduler").status(scheduler.isAlive())
                .withData("monitoredCameras", scheduler.monitored())
                .build();
    }

    /**
     * This member's place in the cluster: ready while its data grid runs (otherwise it cannot tell which cameras are
     * its share). A load balancer asks each member separately; alone, always up.
     */
    @Produces
    @Readiness
    HealthCheck clusterMember() {
        return () -> HealthCheckResponse.named("ohmvision-cluster").status(cluster.isHealthy())
                .withData("clustered", cluster.clustered())
                .withData("member", cluster.localAddress().orElse("alone"))
                .withData("members", Math.max(1, cluster.members().size()))
                .build();
    }
}
