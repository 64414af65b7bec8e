package io.ohmvision.testing;

import static io.restassured.RestAssured.given;

import io.ohmvision.testing.api.OhmVisionApi;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Several OhmVision members on loopback forming one Payara Micro (Hazelcast) cluster on one fresh PostgreSQL
 * database, configured by the same variables an operator sets: a cluster name, every member's data grid address,
 * one shared credential key. Members boot in parallel (one boot costs as long as all of them).
 */
public final class PayaraCluster implements AutoCloseable {

    private final TestDatabase database;
    private final List<PayaraMicro> members = new ArrayList<>();
    private final List<Integer> gridPorts = new ArrayList<>();

    private PayaraCluster(TestDatabase database) {
        this.database = database;
    }

    /** @param environment added to every member's (health settings, for example) */
    public static PayaraCluster start(String name, int size, Map<String, String> environment) {
        return start(name, size, environment, member -> Map.of());
    }

    /** @param ofMember added to one member's environment, by its index (a credential key of its own, for example) */
    public static PayaraCluster start(String name, int size, Map<String, String> environment,
            IntFunction<Map<String, String>> ofMember) {
        PayaraCluster cluster = new PayaraCluster(TestDatabase.freshPostgres());
        List<Integer> gridPorts = IntStream.range(0, size).mapToObj(i -> LoopbackPorts.free()).toList();
        cluster.gridPorts.addAll(gridPorts);
        String addresses = gridPorts.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        for (int i = 0; i < size; i++) {
            Map<String, String> env = new HashMap<>(cluster.database.environment());
            env.put("OHMVISION_DATA_DIR", TestPaths.freshDirectory(name + "-data-" + i).toString());
            env.put("OHMVISION_ADMIN_PASSWORD", RunningServer.ADMIN_PASSWORD);
            env.put("OHMVISION_CREDENTIALS_KEY", Base64.getEncoder().encodeToString(key));
            env.put("OHMVISION_CLUSTER_NAME", name);
            env.put("OHMVISION_CLUSTER_MEMBERS", addresses);
            env.put("OHMVISION_CLUSTER_PORT", String.valueOf(gridPorts.get(i)));
            env.putAll(environment);
            env.putAll(ofMember.apply(i));
            cluster.members.add(new PayaraMicro(name + "-" + i, env));
        }
        try {
            CompletableFuture.allOf(cluster.members.stream()
                    .map(member -> CompletableFuture.runAsync(member::start)).toArray(CompletableFuture[]::new))
                    .join();
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    public PayaraMicro member(int index) {
        return members.get(index);
    }

    /** The port a member's data grid listens on. */
    public int gridPort(int member) {
        return gridPorts.get(member);
    }

    public int size() {
        return members.size();
    }

    public RequestSpecification asAdmin(int member) {
        return as(member, "admin", RunningServer.ADMIN_PASSWORD);
    }

    public RequestSpecification as(int member, String user, String password) {
        return anonymous(member).auth().preemptive().basic(user, password);
    }

    private RequestSpecification anonymous(int member) {
        return given().baseUri(members.get(member).baseUri().toString()).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** The REST API of one member, called as the configured admin. */
    public OhmVisionApi adminApi(int member) {
        return new OhmVisionApi(() -> asAdmin(member));
    }

    public OhmVisionApi apiAs(int member, String user, String password) {
        return new OhmVisionApi(() -> as(member, user, password));
    }

    public OhmVisionApi anonymousApi(int member) {
        return new OhmVisionApi(() -> anonymous(member));
    }

    public TestDatabase database() {
        return database;
    }

    @Override
    public void close() {
        members.forEach(PayaraMicro::close);
        database.close();
    }
}
