package io.ohmvision.channels.onvif;

import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.channels.StreamUrl;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the parts of ONVIF replies OhmVision uses, leniently: elements are found by local name, missing optional
 * parts become null, numbers that do not parse are left out.
 */
public final class OnvifReplies {

    private OnvifReplies() {
    }

    /** GetSystemDateAndTimeResponse: the UTCDateTime the device "shall provide" [S7]. */
    public static Instant utcDateTime(SoapElement response) throws PeerProtocolException {
        SoapElement utc = response.descendant("UTCDateTime")
                .orElseThrow(() -> new PeerProtocolException("GetSystemDateAndTime reply has no UTCDateTime"));
        Integer year = number(utc.text("Date", "Year"));
        Integer month = number(utc.text("Date", "Month"));
        Integer day = number(utc.text("Date", "Day"));
        Integer hour = number(utc.text("Time", "Hour"));
        Integer minute = number(utc.text("Time", "Minute"));
        Integer second = number(utc.text("Time", "Second"));
        if (year == null || month == null || day == null || hour == null || minute == null || second == null) {
            throw new PeerProtocolException("GetSystemDateAndTime reply has an incomplete UTCDateTime");
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException impossibleDate) {
            throw new PeerProtocolException("GetSystemDateAndTime reply has an impossible UTCDateTime");
        }
    }

    public static DeviceInformation deviceInformation(SoapElement response) {
        return new DeviceInformation(response.text("Manufacturer"), response.text("Model"),
                response.text("FirmwareVersion"), response.text("SerialNumber"), response.text("HardwareId"));
    }

    /** GetProfilesResponse, without URIs (those take one call per profile). */
    public static List<MediaProfile> profiles(SoapElement response) {
        List<MediaProfile> profiles = new ArrayList<>();
        for (SoapElement profile : response.children("Profiles")) {
            String token = profile.attribute("token");
            if (token != null) {
                profiles.add(new MediaProfile(token, profile.text("Name"), video(profile).orElse(null), null, null,
                        profile.text("VideoSourceConfiguration", "SourceToken")));
            }
        }
        return profiles;
    }

    private static Optional<VideoEncoding> video(SoapElement profile) {
        return profile.child("VideoEncoderConfiguration").map(encoder -> new VideoEncoding(encoder.text("Encoding"),
                number(encoder.text("Resolution", "Width")), number(encoder.text("Resolution", "Height")),
                decimal(encoder.text("RateControl", "FrameRateLimit"))));
    }

    /** GetStreamUriResponse / GetSnapshotUriResponse: MediaUri/Uri, with any embedded credentials removed. */
    public static String mediaUri(SoapElement response, String operation) throws PeerProtocolException {
        String uri = response.text("MediaUri", "Uri");
        if (uri == null) {
            throw new PeerProtocolException(operation + " reply has no MediaUri/Uri");
        }
        return StreamUrl.parse(uri).map(url -> url.withoutCredentials().toConnectString()).orElse(uri);
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Double decimal(String text) {
        try {
            return text == null ? null : Double.valueOf(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
