package io.ohmvision.testing.api;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/** /api/users. */
public final class Users {

    private static final String PATH = "/api/users";

    private final Supplier<RequestSpecification> caller;

    Users(Supplier<RequestSpecification> caller) {
        this.caller = caller;
    }

    public Response list() {
        return caller.get().get(PATH);
    }

    public Response create(String json) {
        return caller.get().body(json).post(PATH);
    }

    public Response update(String username, String json) {
        return caller.get().body(json).put(PATH + "/" + username);
    }

    public Response delete(String username) {
        return caller.get().delete(PATH + "/" + username);
    }
}
