package io.ohmvision.testing.api;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/** /api/webhooks: what a pushing camera sends, and the events stored from it. */
public final class Webhooks {

    private static final String PATH = "/api/webhooks";

    private final Supplier<RequestSpecification> caller;

    Webhooks(Supplier<RequestSpecification> caller) {
        this.caller = caller;
    }

    /**
     * What a camera pushes is not a body of OhmVision's API: its bytes, content type and signature are what the
     * test prepared with {@link OhmVisionApi#with}.
     */
    public Response push(long cameraId) {
        return caller.get().post(PATH + "/" + cameraId);
    }

    public Response events(long cameraId) {
        return caller.get().get(PATH + "/" + cameraId + "/events");
    }
}
