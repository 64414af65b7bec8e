package io.ohmvision.cameras.control;

import jakarta.enterprise.context.ApplicationScoped;

/** Guesses a legacy camera's manufacturer from its RTSP path. */
@ApplicationScoped
public class LegacyManufacturerGuess {

    public String fromPath(String pathAndQuery) {
        return "generic-rtsp";
    }
}
