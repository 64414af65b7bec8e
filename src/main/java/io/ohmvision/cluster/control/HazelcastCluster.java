package io.ohmvision.cluster.control;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.MigrationListener;
import com.hazelcast.partition.MigrationState;
import com.hazelcast.partition.ReplicaMigrationEvent;
import com.hazelcast.spi.properties.ClusterProperty;
import com.hazelcast.spi.properties.HazelcastProperties;
import com.hazelcast.topic.ITopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara Micro's built-in Hazelcast, the only class that knows it. Ownership of a key is the ownership of its
 * partition, which Hazelcast moves on its own when members join or leave; every such move bumps the version.
 */
final class HazelcastCluster {

    private static final String JNDI_NAME = "payara/Hazelcast";

    private final HazelcastInstance hazelcast;
    private final Executor deliver;
    private final AtomicLong version = new AtomicLong();
    private final List<Runnable> deregistrations = new ArrayList<>();

    private HazelcastCluster(HazelcastInstance hazelcast, Executor deliver) {
        this.hazelcast = hazelcast;
        this.deliver = deliver;
        UUID membership = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                version.incrementAndGet();
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                version.incrementAndGet();
            }
        });
        UUID migration = hazelcast.getPartitionService().addMigrationListener(new MigrationListener() {
            @Override
            public void migrationStarted(MigrationState state) {
                // ownership changes partition by partition; acted upon once all of them moved
            }

            @Override
            public void migrationFinished(MigrationState state) {
                version.incrementAndGet();
            }

            @Override
            public void replicaMigrationCompleted(ReplicaMigrationEvent event) {
                // see migrationFinished
            }

            @Override
            public void replicaMigrationFailed(ReplicaMigrationEvent event) {
                version.incrementAndGet();
            }
        });
        deregistrations.add(() -> hazelcast.getCluster().removeMembershipListener(membership));
        deregistrations.add(() -> hazelcast.getPartitionService().removeMigrationListener(migration));
    }

    static Optional<HazelcastCluster> lookUp(Executor deliver) {
        try {
            return new InitialContext().lookup(JNDI_NAME) instanceof HazelcastInstance hazelcast
                    ? Optional.of(new HazelcastCluster(hazelcast, deliver)) : Optional.empty();
        } catch (NamingException absent) {
            return Optional.empty();
        }
    }

    boolean owns(long key) {
        com.hazelcast.cluster.Member owner = hazelcast.getPartitionService().getPartition(key).getOwner();
        return owner != null && owner.localMember();
    }

    /** Empty while the key's partition has no owner (a member just died and its backups are being promoted). */
    Optional<String> ownerOf(long key) {
        return Optional.ofNullable(hazelcast.getPartitionService().getPartition(key).getOwner())
                .map(HazelcastCluster::addressOf);
    }

    /**
     * Whether the data grid's port listens on every interface: Hazelcast's default, whatever --interfaces says (that
     * only picks the address it announces), unless hazelcast.socket.bind.any is false.
     */
    boolean listensOnEveryInterface() {
        return new HazelcastProperties(hazelcast.getConfig()).getBoolean(ClusterProperty.SOCKET_SERVER_BIND_ANY);
    }

    long version() {
        return version.get();
    }

    boolean isRunning() {
        return hazelcast.getLifecycleService().isRunning();
    }

    String localAddress() {
        return addressOf(hazelcast.getCluster().getLocalMember());
    }

    List<ClusterMembership.Member> members() {
        return hazelcast.getCluster().getMembers().stream()
                .map(m -> new ClusterMembership.Member(addressOf(m), m.localMember())).toList();
    }

    void publish(String topic, String message) {
        hazelcast.<String>getTopic(topic).publish(message);
    }

    /** @param fromOthers receives the publishing member's address and the message */
    void subscribe(String topic, BiConsumer<String, String> fromOthers) {
        ITopic<String> messages = hazelcast.getTopic(topic);
        UUID registration = messages.addMessageListener(message -> {
            if (!message.getPublishingMember().localMember()) {
                String sender = addressOf(message.getPublishingMember());
                deliver.execute(() -> fromOthers.accept(sender, message.getMessageObject()));
            }
        });
        deregistrations.add(() -> messages.removeMessageListener(registration));
    }

    void removeListeners() {
        if (isRunning()) {
            deregistrations.forEach(Runnable::run);
        }
    }

    private static String addressOf(com.hazelcast.cluster.Member member) {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort();
    }
}
