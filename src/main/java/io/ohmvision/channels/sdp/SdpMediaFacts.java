package io.ohmvision.channels.sdp;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.codec.H264Sps;
import io.ohmvision.channels.codec.H265Sps;
import io.ohmvision.channels.codec.InvalidBitstreamException;
import io.ohmvision.channels.codec.PictureFormat;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an SDP into {@link MediaFacts}: codec names, the size decoded from the in-band parameter sets, and the
 * frame rate from a=framerate or else the SPS timing info. A broken parameter set leaves the size unknown rather
 * than failing the probe: the camera did answer.
 */
public final class SdpMediaFacts {

    private SdpMediaFacts() {
    }

    /** The facts of an RTSP DESCRIBE: the sections the client can receive. */
    public static MediaFacts of(SessionDescription sdp) {
        return of(sdp.firstReceivable("video"), sdp.firstReceivable("audio"));
    }

    /** The facts of the chosen video and audio sections, whichever way the SDP names its directions. */
    public static MediaFacts of(Optional<MediaSection> video, Optional<MediaSection> audio) {
        String videoEncoding = video.flatMap(MediaSection::encodingName).orElse(null);
        PictureFormat picture = video.map(v -> pictureFormat(videoEncoding, v)).orElse(null);
        Double fps = video.map(MediaSection::framerate).orElse(null);
        if (fps == null && picture != null) {
            fps = picture.fps();
        }
        String audioEncoding = audio.flatMap(MediaSection::encodingName).orElse(null);
        return new MediaFacts(MediaFacts.displayName(videoEncoding), picture == null ? null : picture.width(),
                picture == null ? null : picture.height(), fps, MediaFacts.displayName(audioEncoding));
    }

    private static PictureFormat pictureFormat(String encoding, MediaSection video) {
        Map<String, String> fmtp = video.preferredFmtp();
        try {
            if ("H264".equals(encoding) && fmtp.containsKey("sprop-parameter-sets")) {
                return H264Sps.parse(firstNalUnit(fmtp.get("sprop-parameter-sets")));
            }
            if ("H265".equals(encoding) && fmtp.containsKey("sprop-sps")) {
                return H265Sps.parse(firstNalUnit(fmtp.get("sprop-sps")));
            }
        } catch (InvalidBitstreamException | IllegalArgumentException unreadable) {
            return null;
        }
        return dimensions(video.dimensions());
    }

    /** The first of a comma-separated list of base64 NAL units (RFC 6184 8.1, RFC 7798 7.1). */
    private static byte[] firstNalUnit(String base64List) {
        return Base64.getDecoder().decode(base64List.split(",")[0].strip());
    }

    private static PictureFormat dimensions(String widthCommaHeight) {
        if (widthCommaHeight == null) {
            return null;
        }
        String[] parts = widthCommaHeight.split(",");
        try {
            return parts.length == 2
                    ? new PictureFormat(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()), null)
                    : null;
        } catch (NumberFormatException notNumbers) {
            return null;
        }
    }
}
