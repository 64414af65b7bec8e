package io.ohmvision.channels.cloud;

import io.ohmvision.channels.ChannelProbe;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.channels.webrtc.WhepOffer;
import java.io.Closeable;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One Nest camera watched through the SDM API. A camera that streams RTSP keeps one stream open: generated once,
 * extended while less than {@code renewBefore} is left before its expiresAt, and its URL checked each time by the
 * RTSP probe (the URL carries the stream token, so results show the camera's nest:// URL instead). A WebRTC-only
 * camera gets a signalling round: GenerateWebRtcStream with a viewer's offer, then StopWebRtcStream. Not
 * thread-safe: one check of a camera at a time.
 */
public final class NestCameraSession implements Closeable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SdmClient client;
    private final String deviceName;
    private final ChannelProbe rtsp;
    private final Clock clock;
    private final Duration renewBefore;
    private List<String> protocols;
    private RtspStream stream;

    /** @param deviceName enterprises/{project}/devices/{device} */
    public NestCameraSession(SdmClient client, String deviceName, ChannelProbe rtsp, Clock clock,
            Duration renewBefore) {
        this.client = client;
        this.deviceName = deviceName;
        this.rtsp = rtsp;
        this.clock = clock;
        this.renewBefore = renewBefore;
    }

    /** @param shownUrl what results show: the camera's own URL, never the stream URL */
    public ProbeResult check(String shownUrl, Duration timeout) {
        long started = System.nanoTime();
        try {
            if (protocols == null) {
                protocols = client.device(deviceName).protocols();
            }
            if (protocols.contains(NestDevice.RTSP)) {
                return throughRtsp(shownUrl, timeout, started);
            }
            if (protocols.contains(NestDevice.WEB_RTC)) {
                WebRtcStream session = client.generateWebRtcStream(deviceName, WhepOffer.viewerOffer(RANDOM));
                client.stopWebRtcStream(deviceName, session);
                return result(shownUrl, Outcome.OK, started, "WebRTC answer from the SDM API (signalling only: media "
                        + "would need ICE and DTLS)", MediaFacts.NONE);
            }
            return result(shownUrl, Outcome.UNSUPPORTED, started, "the device offers no live stream "
                    + "(CameraLiveStream supportedProtocols is empty)", MediaFacts.NONE);
        } catch (CloudApiException e) {
            protocols = e.outcome() == Outcome.NOT_FOUND ? null : protocols;
            return result(shownUrl, e.outcome(), started, e.getMessage(), MediaFacts.NONE);
        } catch (IOException e) {
            return result(shownUrl, Outcome.PROTOCOL_ERROR, started, "unreadable SDM API answer", MediaFacts.NONE);
        }
    }

    private ProbeResult throughRtsp(String shownUrl, Duration timeout, long started) throws IOException {
        Instant now = clock.instant();
        if (stream != null && stream.expiresAt() != null && !now.isBefore(stream.expiresAt())) {
            stream = null; // ended on its own: a new one is needed
        }
        if (stream == null) {
            stream = client.generateRtspStream(deviceName);
        } else if (stream.expiresAt() != null && !now.plus(renewBefore).isBefore(stream.expiresAt())) {
            stream = client.extendRtspStream(deviceName, stream);
        }
        ProbeResult played = rtsp.probe(new ProbeTarget(stream.rtspUrl(), null, null, timeout));
        if (played.outcome() != Outcome.OK) {
            stopQuietly(); // the next check asks for a fresh stream
        }
        return result(shownUrl, played.outcome(), started, "RTSP stream from the SDM API: " + played.reason(),
                played.media());
    }

    private static ProbeResult result(String url, Outcome outcome, long started, String reason, MediaFacts media) {
        return new ProbeResult(ConnectionType.CLOUD_API, url, outcome, (System.nanoTime() - started) / 1_000_000,
                media, reason, ServerFingerprint.NONE);
    }

    private void stopQuietly() {
        if (stream != null) {
            try {
                client.stopRtspStream(deviceName, stream);
            } catch (IOException alreadyGone) {
                // it expires on its own within minutes
            }
            stream = null;
        }
    }

    /** Stops the open stream, if any, and releases the client. */
    @Override
    public void close() {
        stopQuietly();
        client.close();
    }
}
