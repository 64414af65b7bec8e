package io.ohmvision.channels.webhook;

/**
 * A webhook camera has no stream to connect to: the camera connects to us. Its primary URL names its receiver
 * ({@code webhook://receiver/<camera id>}), so the health cycle checks it like any other camera, by its URL's
 * scheme, with no special case.
 */
public final class ReceiverUrl {

    public static final String SCHEME = "webhook";

    private ReceiverUrl() {
    }

    public static String of(long cameraId) {
        return SCHEME + "://receiver/" + cameraId;
    }
}
