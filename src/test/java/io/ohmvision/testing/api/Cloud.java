package io.ohmvision.testing.api;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/** /api/cloud: cameras of cloud providers. */
public final class Cloud {

    private final Supplier<RequestSpecification> caller;

    Cloud(Supplier<RequestSpecification> caller) {
        this.caller = caller;
    }

    public Response nestDevices(String json) {
        return caller.get().body(json).post("/api/cloud/nest/devices");
    }
}
