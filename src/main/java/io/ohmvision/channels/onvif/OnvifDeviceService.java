package io.ohmvision.channels.onvif;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * Where a device's ONVIF device service is: ONVIF Core fixes its path, so only the port is to be found, by asking
 * without credentials (GetSystemDateAndTime is PRE_AUTH: finding the service spends no password). A port that will
 * not tell its time without credentials is not taken for ONVIF: a web server asking for a password on every path
 * would otherwise cost an attempt for nothing.
 */
public final class OnvifDeviceService {

    private static final String PATH = "/onvif/device_service";

    private OnvifDeviceService() {
    }

    public static URI at(String host, int port) {
        String bracketed = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return URI.create("http://" + bracketed + ":" + port + PATH);
    }

    /** Whether an ONVIF device service answers there, asked without credentials. */
    public static boolean answers(URI deviceService, Duration timeout) {
        try (OnvifClient client = new OnvifClient(deviceService, null, null, timeout)) {
            return client.readClock().measured();
        } catch (IOException | RuntimeException notOnvif) {
            return false;
        }
    }
}
