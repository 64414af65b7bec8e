package io.ohmvision.cameras.control;

/** A column of a camera list that it can be sorted by; the text columns can also be searched. */
public enum CameraColumn {
    NAME(true), ADDRESS(true), MANUFACTURER(true), CONNECTION_TYPE(true), LEVEL(false), LATENCY(false),
    UPTIME(false), LAST_CHECK(false);

    private final boolean text;

    CameraColumn(boolean text) {
        this.text = text;
    }

    public boolean isText() {
        return text;
    }
}
