package io.ohmvision.testing.api;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/** /api/health: the fleet, each camera's health, and the recorders' rolled-up health. */
public final class Health {

    private static final String PATH = "/api/health";
    private static final String CAMERAS = PATH + "/cameras";

    private final Supplier<RequestSpecification> caller;

    Health(Supplier<RequestSpecification> caller) {
        this.caller = caller;
    }

    public Response status() {
        return caller.get().get(PATH + "/status");
    }

    public Response cameras() {
        return caller.get().get(CAMERAS);
    }

    /** @param query as sent after the {@code ?}, e.g. {@code "level=offline"} */
    public Response cameras(String query) {
        return caller.get().get(CAMERAS + "?" + query);
    }

    public Response camera(long id) {
        return caller.get().get(camera(id, ""));
    }

    public Response reconnection(long id) {
        return caller.get().get(camera(id, "/reconnection"));
    }

    public Response uptime(long id) {
        return caller.get().get(camera(id, "/uptime"));
    }

    /** @param query as sent after the {@code ?}, e.g. {@code "days=1"} */
    public Response uptime(long id, String query) {
        return caller.get().get(camera(id, "/uptime?" + query));
    }

    public Response outages(long id) {
        return caller.get().get(camera(id, "/outages"));
    }

    public Response latency(long id) {
        return caller.get().get(camera(id, "/latency"));
    }

    public Response checkNow(long id) {
        return caller.get().post(camera(id, "/check-now"));
    }

    public Response reconnect(long id) {
        return caller.get().post(camera(id, "/reconnect"));
    }

    public Response recorders() {
        return caller.get().get(PATH + "/recorders");
    }

    private static String camera(long id, String below) {
        return CAMERAS + "/" + id + below;
    }
}
