package io.ohmvision.discovery.onvif;

/**
 * The Types a Probe asks for. Devices differ in which they answer, so every round sends all three (camera-facts
 * 3.1): ONVIF Core requires tds:Device, older devices know only dn:NetworkVideoTransmitter, and go2rtc's empty
 * Types matches any target.
 */
public enum ProbeType {
    NETWORK_VIDEO_TRANSMITTER("dn:NetworkVideoTransmitter"),
    DEVICE("tds:Device"),
    ANY("");

    private final String types;

    ProbeType(String types) {
        this.types = types;
    }

    /** The d:Types text, with the dn and tds prefixes that {@link ProbeMessage} declares. */
    public String types() {
        return types;
    }
}
