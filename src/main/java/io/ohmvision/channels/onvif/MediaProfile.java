package io.ohmvision.channels.onvif;

/**
 * One media profile with the URIs the device gave for it. URIs never carry credentials: a device that embeds them
 * has them stripped.
 *
 * @param video       null when the profile has no video encoder configuration
 * @param streamUri   RTP over RTSP (interleaved TCP); null when not asked or not given
 * @param snapshotUri JPEG over HTTP; null when not supported or not given
 * @param videoSource the token of the video source (camera input) the profile encodes; an NVR has one per channel,
 *                    a camera one per sensor; null when the profile names none
 */
public record MediaProfile(String token, String name, VideoEncoding video, String streamUri, String snapshotUri,
                           String videoSource) {

    public MediaProfile(String token, String name, VideoEncoding video, String streamUri, String snapshotUri) {
        this(token, name, video, streamUri, snapshotUri, null);
    }

    MediaProfile withUris(String stream, String snapshot) {
        return new MediaProfile(token, name, video, stream, snapshot, videoSource);
    }

    public long pixels() {
        return video == null || video.width() == null || video.height() == null ? 0
                : (long) video.width() * video.height();
    }
}
