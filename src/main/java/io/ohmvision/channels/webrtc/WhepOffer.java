package io.ohmvision.channels.webrtc;

import java.security.SecureRandom;

/**
 * The SDP offer of a WHEP viewer (RFC 8829 style, as browsers send it): one bundled transport, recvonly audio and
 * video, rtcp-mux, setup:actpass and fresh ICE credentials, offering H.264 and VP8 for video and Opus for audio.
 * Servers reject offers missing any of these before they get to the point of answering.
 */
public final class WhepOffer {

    /** RFC 8839 ice-char: ALPHA / DIGIT / "+" / "/". */
    private static final String ICE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private WhepOffer() {
    }

    /** An offer with a certificate of its own: what a signalling-only check sends (WHEP, Nest GenerateWebRtcStream). */
    public static String viewerOffer(SecureRandom random) {
        return recvOnly(ThrowawayCertificate.create(random).sha256Fingerprint(), random);
    }

    /** @param fingerprint the a=fingerprint value of the certificate the viewer would use for DTLS */
    static String recvOnly(String fingerprint, SecureRandom random) {
        String transport = "a=ice-ufrag:" + iceString(8, random) + "\r\n"
                + "a=ice-pwd:" + iceString(24, random) + "\r\n"
                + "a=ice-options:trickle\r\n"
                + "a=fingerprint:" + fingerprint + "\r\n"
                + "a=setup:actpass\r\n"
                + "a=rtcp-mux\r\n"
                + "a=recvonly\r\n";
        return "v=0\r\n"
                + "o=- " + (random.nextLong() >>> 2) + " 2 IN IP4 127.0.0.1\r\n"
                + "s=-\r\n"
                + "t=0 0\r\n"
                + "a=group:BUNDLE 0 1\r\n"
                + "m=video 9 UDP/TLS/RTP/SAVPF 102 96\r\n"
                + "c=IN IP4 0.0.0.0\r\n"
                + "a=mid:0\r\n"
                + transport
                + "a=rtpmap:102 H264/90000\r\n"
                + "a=rtcp-fb:102 nack pli\r\n"
                + "a=fmtp:102 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f\r\n"
                + "a=rtpmap:96 VP8/90000\r\n"
                + "a=rtcp-fb:96 nack pli\r\n"
                + "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\n"
                + "c=IN IP4 0.0.0.0\r\n"
                + "a=mid:1\r\n"
                + transport
                + "a=rtpmap:111 opus/48000/2\r\n"
                + "a=fmtp:111 minptime=10;useinbandfec=1\r\n";
    }

    private static String iceString(int length, SecureRandom random) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ICE_CHARS.charAt(random.nextInt(ICE_CHARS.length())));
        }
        return text.toString();
    }
}
