package io.ohmvision.channels.onvif;

import java.io.IOException;

/** The device has no PTZ ONVIF can drive: no PTZ service announced, or no media profile with a PTZ configuration. */
public class PtzUnavailable extends IOException {

    public PtzUnavailable(String reason) {
        super(reason);
    }
}
