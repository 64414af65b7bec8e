package io.ohmvision.channels.onvif;

import java.time.Duration;
import java.util.Locale;

/**
 * The bodies of PTZ (ver20) requests [S7]. Every value written is either a number OhmVision formats or a token that
 * is escaped, so nothing a caller or a device supplied can add elements to a request.
 */
final class PtzRequests {

    private static final String PTZ = "xmlns:tptz=\"" + DeviceServices.PTZ + "\"";
    private static final String SCHEMA = "xmlns:tt=\"http://www.onvif.org/ver10/schema\"";

    private PtzRequests() {
    }

    /** Velocity in the generic spaces; Timeout overrides the device's DefaultPTZTimeout, so a lost Stop still ends. */
    static String continuousMove(String profile, PtzVelocity velocity, Duration timeout) {
        return "<tptz:ContinuousMove " + PTZ + " " + SCHEMA + ">" + profileToken(profile)
                + "<tptz:Velocity><tt:PanTilt x=\"" + number(velocity.pan()) + "\" y=\"" + number(velocity.tilt())
                + "\"/><tt:Zoom x=\"" + number(velocity.zoom()) + "\"/></tptz:Velocity><tptz:Timeout>"
                + duration(timeout) + "</tptz:Timeout></tptz:ContinuousMove>";
    }

    static String stop(String profile) {
        return "<tptz:Stop " + PTZ + ">" + profileToken(profile)
                + "<tptz:PanTilt>true</tptz:PanTilt><tptz:Zoom>true</tptz:Zoom></tptz:Stop>";
    }

    static String getPresets(String profile) {
        return "<tptz:GetPresets " + PTZ + ">" + profileToken(profile) + "</tptz:GetPresets>";
    }

    static String gotoPreset(String profile, String preset) {
        return "<tptz:GotoPreset " + PTZ + ">" + profileToken(profile) + "<tptz:PresetToken>"
                + SoapEnvelope.escape(preset) + "</tptz:PresetToken></tptz:GotoPreset>";
    }

    static String gotoHomePosition(String profile) {
        return "<tptz:GotoHomePosition " + PTZ + ">" + profileToken(profile) + "</tptz:GotoHomePosition>";
    }

    private static String profileToken(String profile) {
        return "<tptz:ProfileToken>" + SoapEnvelope.escape(profile) + "</tptz:ProfileToken>";
    }

    /** Three decimals, never an exponent: xs:float does not read "1.0E-4" on every device. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        return text.equals("-0.000") ? "0.000" : text;
    }

    /** An xs:duration in seconds with milliseconds, e.g. PT1.5S. */
    static String duration(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? "PT" + millis / 1000 + "S"
                : String.format(Locale.ROOT, "PT%d.%03dS", millis / 1000, millis % 1000);
    }
}
