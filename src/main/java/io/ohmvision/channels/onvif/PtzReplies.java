package io.ohmvision.channels.onvif;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the parts of PTZ-related replies OhmVision uses; what a device says is kept only within bounds. */
final class PtzReplies {

    /** ONVIF devices commonly store up to 256 presets (some 300); a longer list is cut, not refused. */
    static final int MAX_PRESETS = 256;

    private PtzReplies() {
    }

    /** GetProfilesResponse: the first profile with a PTZ configuration, the one PTZ requests name. */
    static Optional<String> ptzProfile(SoapElement response) {
        return response.children("Profiles").stream()
                .filter(profile -> profile.child("PTZConfiguration").isPresent())
                .map(profile -> profile.attribute("token")).filter(PtzPreset::validToken).findFirst();
    }

    /**
     * GetPresetsResponse: the presets in the device's order, at most {@value #MAX_PRESETS}. A preset whose token is
     * not of {@link PtzPreset#TOKEN}'s shape is left out, as it could not be asked for again.
     */
    static List<PtzPreset> presets(SoapElement response) {
        List<PtzPreset> presets = new ArrayList<>();
        for (SoapElement preset : response.children("Preset")) {
            String token = preset.attribute("token");
            if (PtzPreset.validToken(token)) {
                presets.add(new PtzPreset(token, PtzPreset.shownName(preset.text("Name"))));
                if (presets.size() == MAX_PRESETS) {
                    break;
                }
            }
        }
        return presets;
    }
}
