package io.ohmvision.testing.api;

import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * OhmVision's REST API as the integration tests call it: one method per operation, each path written once, here.
 * Bodies are JSON text and answers are REST Assured responses, so a test still sends what a generated client
 * cannot (unknown fields, wrong types, broken JSON, a role that may not call) and asserts on status, headers and
 * problem details. Who calls is chosen when the client is made ({@code RunningServer.adminApi()}, {@code apiAs},
 * {@code anonymousApi}). Paths that are themselves under test (ambiguous variants) go through {@code RawRequests}.
 */
public final class OhmVisionApi {

    private final Supplier<RequestSpecification> caller;

    /** @param caller a fresh request of one caller (address, credentials, content type) for every call */
    public OhmVisionApi(Supplier<RequestSpecification> caller) {
        this.caller = caller;
    }

    /** The same caller with every request adjusted first (another Accept, a header, a query parameter). */
    public OhmVisionApi with(UnaryOperator<RequestSpecification> adjustment) {
        return new OhmVisionApi(() -> adjustment.apply(caller.get()));
    }

    public Cameras cameras() {
        return new Cameras(caller);
    }

    public Health health() {
        return new Health(caller);
    }

    public Discovery discovery() {
        return new Discovery(caller);
    }

    public Recorders recorders() {
        return new Recorders(caller);
    }

    public Users users() {
        return new Users(caller);
    }

    public Webhooks webhooks() {
        return new Webhooks(caller);
    }

    public Cloud cloud() {
        return new Cloud(caller);
    }
}
