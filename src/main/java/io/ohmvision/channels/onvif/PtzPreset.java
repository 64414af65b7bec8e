package io.ohmvision.channels.onvif;

import java.util.regex.Pattern;

/**
 * A position the device stored under a token. Tokens go back to the device in GotoPreset, so only tokens of the
 * shape {@link #TOKEN} are accepted, from a caller and from the device alike: ONVIF's ReferenceToken is at most 64
 * characters, and real devices use digits and names like "Preset_1".
 *
 * @param name the device's label, cut to {@value #MAX_NAME} characters without control characters; null when none
 */
public record PtzPreset(String token, String name) {

    public static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    static final int MAX_NAME = 64;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public static boolean validToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** A label as a device gave it, made safe to show: bounded, one line. */
    static String shownName(String name) {
        if (name == null) {
            return null;
        }
        String line = CONTROL.matcher(name).replaceAll(" ").strip();
        return line.isEmpty() ? null : line.substring(0, Math.min(line.length(), MAX_NAME));
    }
}
