package io.ohmvision.cluster.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * The cluster as the rest of the application sees it: which keys (camera ids) this member owns, who the members
 * are, a version that changes whenever ownership may have moved, and a relay of messages to the other members.
 * Without cluster settings (or without Payara's data grid) this instance is alone and owns everything, and nothing
 * touches Hazelcast. Joins when the application starts, so that a cluster on an unshareable database fails the
 * deployment at once, with the reason.
 */
@ApplicationScoped
public class ClusterMembership {

    private static final Logger LOG = Logger.getLogger(ClusterMembership.class.getName());

    /** One member of the cluster, by the address its data grid listens on. */
    public record Member(String address, boolean local) {
    }

    @Inject
    ClusterSettings settings;

    /** Relayed messages are handled on the application's threads, not the data grid's. */
    @Resource
    ManagedExecutorService executor;

    private volatile HazelcastCluster grid;

    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // being notified creates the bean, so join() runs at deployment rather than at the first health check
    }

    @PostConstruct
    void join() {
        if (!settings.clustered()) {
            return;
        }
        settings.refusal().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        grid = HazelcastCluster.lookUp(executor).orElse(null);
        if (grid != null && grid.listensOnEveryInterface()) {
            throw new IllegalStateException(ClusterSettings.EVERY_INTERFACE_REFUSAL);
        }
        if (grid == null) {
            LOG.warning("ohmvision.cluster.name is set but Payara's data grid is not running (started with "
                    + "--nocluster or --nohazelcast?): this instance checks every camera itself");
        } else {
            LOG.info(() -> "Member " + grid.localAddress() + " of cluster " + settings.name() + " with "
                    + grid.members().size() + " member(s)");
        }
    }

    @PreDestroy
    void leave() {
        if (grid != null) {
            grid.removeListeners();
        }
    }

    public boolean clustered() {
        return grid != null;
    }

    public String name() {
        return settings.name();
    }

    /** This member's data grid address; empty when alone. */
    public Optional<String> localAddress() {
        return grid == null ? Optional.empty() : Optional.of(grid.localAddress());
    }

    /** Whether this member is responsible for the key now; alone, it is responsible for every key. */
    public boolean owns(long key) {
        return grid == null || grid.owns(key);
    }

    /** Changes whenever members joined or left or partitions moved, so owners of keys may have changed. */
    public long version() {
        return grid == null ? 0 : grid.version();
    }

    /** False while this member's data grid is not running (it cannot know what it owns). */
    public boolean isHealthy() {
        return grid == null || grid.isRunning();
    }

    public List<Member> members() {
        return grid == null ? List.of() : grid.members();
    }

    /** How many of the keys each member owns, every member listed (a member owning none with 0). */
    public Map<String, Long> sharesOf(Collection<Long> keys) {
        Map<String, Long> shares = new LinkedHashMap<>();
        members().forEach(member -> shares.put(member.address(), 0L));
        if (grid != null) {
            keys.forEach(key -> grid.ownerOf(key).ifPresent(owner -> shares.merge(owner, 1L, Long::sum)));
        }
        return shares;
    }

    /** Sends a message to the other members (none when alone). */
    public void publish(String topic, String message) {
        if (grid != null) {
            grid.publish(topic, message);
        }
    }

    /**
     * Receives the messages other members publish on the topic (never this member's own), with the publishing
     * member's address.
     */
    public void subscribe(String topic, BiConsumer<String, String> fromOthers) {
        if (grid != null) {
            grid.subscribe(topic, fromOthers);
        }
    }
}
