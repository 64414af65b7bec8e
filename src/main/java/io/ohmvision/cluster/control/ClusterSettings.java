package io.ohmvision.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this instance is one member of a cluster (ohmvision.cluster.name). The member list, port and address are
 * Payara Micro's own start flags (server-config/ohmvision.sh maps them); the application only needs to know that it
 * shares the fleet, and to refuse to on a database that cannot be shared.
 */
@ApplicationScoped
public class ClusterSettings {

    /** Why a member whose data grid listens on every interface does not join: the grid carries the cluster's events. */
    static final String EVERY_INTERFACE_REFUSAL = "The data grid listens on every network interface (Hazelcast's "
            + "default), so anyone who reaches this host could talk to it. Start Payara Micro with "
            + "-Dhazelcast.socket.bind.any=false and --interfaces ADDRESS --hzpublicaddress ADDRESS: "
            + "server-config/ohmvision.sh does, given OHMVISION_CLUSTER_ADDRESS.";

    @Inject
    @ConfigProperty(name = "ohmvision.cluster.name")
    Optional<String> name;

    @Inject
    @ConfigProperty(name = "ohmvision.db.url")
    String databaseUrl;

    public boolean clustered() {
        return name.filter(n -> !n.isBlank()).isPresent();
    }

    public String name() {
        return name.orElse("");
    }

    /** Why this instance must not join a cluster: an H2 file belongs to one process, the others would not see it. */
    public Optional<String> refusal() {
        return refusal(clustered(), databaseUrl);
    }

    static Optional<String> refusal(boolean clustered, String databaseUrl) {
        if (clustered && databaseUrl != null && databaseUrl.startsWith("jdbc:h2:")) {
            return Optional.of("Clustering (ohmvision.cluster.name) needs a database every member shares, but "
                    + "ohmvision.db.url is an embedded H2 database, which belongs to one instance. Set OHMVISION_DB_URL "
                    + "to a PostgreSQL database, or start without OHMVISION_CLUSTER_NAME.");
        }
        return Optional.empty();
    }
}
