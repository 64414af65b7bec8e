package io.ohmvision.discovery.onboarding;

/**
 * A camera or recorder already stored, as site onboarding recognises it again.
 *
 * @param macAddress   null when unknown (recorders keep none)
 * @param serialNumber null when unknown (recorders keep none)
 */
public record RegisteredDevice(Kind kind, long id, String name, String macAddress, String serialNumber,
                               String address) {

    public enum Kind {
        CAMERA, RECORDER;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
