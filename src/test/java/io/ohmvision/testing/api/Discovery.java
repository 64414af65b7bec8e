package io.ohmvision.testing.api;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.function.Supplier;

/** /api/discovery: the catalogue, network scans, ONVIF discovery, auto-detect, batch tests and site onboarding. */
public final class Discovery {

    private static final String PATH = "/api/discovery";
    private static final String SCAN = PATH + "/scan";

    private final Supplier<RequestSpecification> caller;

    Discovery(Supplier<RequestSpecification> caller) {
        this.caller = caller;
    }

    public Response manufacturers() {
        return caller.get().get(PATH + "/manufacturers");
    }

    public Response streamTemplates(String manufacturer) {
        return caller.get().get(PATH + "/stream-templates/" + manufacturer);
    }

    /** @param query as sent after the {@code ?}, e.g. {@code "model=DS-2CD&firmware=V5.7.1"} */
    public Response streamTemplates(String manufacturer, String query) {
        return streamTemplates(manufacturer + "?" + query);
    }

    public Response networkInfo() {
        return caller.get().get(PATH + "/network-info");
    }

    public Response startScan(String json) {
        return caller.get().body(json).post(SCAN + "/start");
    }

    public Response latestScan() {
        return caller.get().get(SCAN + "/status");
    }

    public Response scan(long jobId) {
        return caller.get().get(SCAN + "/" + jobId);
    }

    public Response cancelScan(long jobId) {
        return caller.get().post(SCAN + "/" + jobId + "/cancel");
    }

    public Response discoverOnvif(String json) {
        return caller.get().body(json).post(PATH + "/onvif/discover");
    }

    public Response autoDetect(String json) {
        return caller.get().body(json).post(PATH + "/auto-detect");
    }

    public Response startOnboarding(String json) {
        return caller.get().body(json).post(PATH + "/onboarding");
    }

    public Response onboarding(String id) {
        return caller.get().get(PATH + "/onboarding/" + id);
    }

    public Response applyOnboarding(String id, String json) {
        return caller.get().body(json).post(PATH + "/onboarding/" + id + "/apply");
    }

    public Response cancelOnboarding(String id) {
        return caller.get().post(PATH + "/onboarding/" + id + "/cancel");
    }

    public Response batchTest(String json) {
        return caller.get().body(json).post(PATH + "/batch-test");
    }
}
