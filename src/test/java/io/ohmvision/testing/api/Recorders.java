package io.ohmvision.testing.api;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/** /api/recorders. */
public final class Recorders {

    private static final String PATH = "/api/recorders";

    private final Supplier<RequestSpecification> caller;

    Recorders(Supplier<RequestSpecification> caller) {
        this.caller = caller;
    }

    public Response list() {
        return caller.get().get(PATH);
    }

    public Response create(String json) {
        return caller.get().body(json).post(PATH);
    }

    public Response get(long id) {
        return caller.get().get(one(id));
    }

    public Response changeCredentials(long id, String json) {
        return caller.get().body(json).put(one(id) + "/credentials");
    }

    public Response delete(long id) {
        return caller.get().delete(one(id));
    }

    private static String one(long id) {
        return PATH + "/" + id;
    }
}
