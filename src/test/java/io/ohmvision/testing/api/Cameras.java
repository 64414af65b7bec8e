package io.ohmvision.testing.api;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.util.function.Supplier;

/** /api/cameras. */
public final class Cameras {

    private static final String PATH = "/api/cameras";

    private final Supplier<RequestSpecification> caller;

    Cameras(Supplier<RequestSpecification> caller) {
        this.caller = caller;
    }

    public Response list() {
        return caller.get().get(PATH);
    }

    /** @param query as sent after the {@code ?}, e.g. {@code "manufacturer=acme&size=2"} */
    public Response list(String query) {
        return caller.get().get(PATH + "?" + query);
    }

    /** @param json sent as is; null sends a request without a body */
    public Response create(String json) {
        RequestSpecification request = caller.get();
        return (json == null ? request : request.body(json)).post(PATH);
    }

    /** A body streamed without a Content-Length (chunked). */
    public Response create(InputStream json) {
        return caller.get().body(json).post(PATH);
    }

    public Response get(long id) {
        return caller.get().get(one(id));
    }

    public Response update(long id, String json) {
        return caller.get().body(json).put(one(id));
    }

    public Response delete(long id) {
        return caller.get().delete(one(id));
    }

    public Response probe(long id) {
        return caller.get().post(one(id) + "/probe");
    }

    public Response deepProbe(long id) {
        return caller.get().post(one(id) + "/deep-probe");
    }

    public Response snapshot(long id) {
        return caller.get().get(one(id) + "/snapshot");
    }

    public Response newWebhookSecret(long id) {
        return caller.get().post(one(id) + "/webhook-secret");
    }

    private static String one(long id) {
        return PATH + "/" + id;
    }
}
