package io.ohmvision.channels.onvif;

/**
 * A profile's video encoder configuration; parts are null when the device left them out.
 *
 * @param encoding as ONVIF names it: "H264", "H265", "JPEG", "MPEG4"
 */
public record VideoEncoding(String encoding, Integer width, Integer height, Double frameRate) {
}
