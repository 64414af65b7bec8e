package io.ohmvision.channels.video;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Deadline;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.TlsTrust;
import io.ohmvision.channels.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The deep probe: opens a stream with FFmpeg (JavaCV), decodes it and reports what only decoding shows: time to the
 * first frame, delivered fps, a frozen picture, a JPEG snapshot. Costs a decoder and a few hundred milliseconds to
 * seconds per call, so it runs on demand; the light probes of each channel run on schedule.
 * <p>
 * Network URLs only (rtsp, rtmp, http, https, hls): files and capture devices first need checks of their own, which
 * {@code FileProbe} and {@code UsbProbe} make before handing a {@link VideoInput} to
 * {@link #probe(ConnectionType, ProbeTarget, VideoInput)}.
 */
public final class DeepProbe {

    /** What FFmpeg opens as a network stream; the rest (WHEP, webhooks, cloud APIs) has nothing to decode. */
    private static final Set<ConnectionType> STREAMS = EnumSet.of(ConnectionType.RTSP, ConnectionType.RTMP,
            ConnectionType.HTTP, ConnectionType.HTTPS, ConnectionType.HLS);

    /** Room for the worker to turn FFmpeg's own timeout into a precise reason before the caller stops waiting. */
    private static final Duration WORKER_GRACE = Duration.ofMillis(500);

    private final DecodePool.Lane lane;
    private final Supplier<Optional<Path>> caFile;

    /** Decodes for health checks and probes, on the process's {@link DecodePool}. */
    public DeepProbe() {
        this(DecodePool.Lane.CHECKS);
    }

    public DeepProbe(DecodePool.Lane lane) {
        this(lane, FfmpegOptions::systemCaFile);
    }

    /** @param caFile the CA bundle that checks certificates over TLS (the system's, or a test's own CA) */
    DeepProbe(DecodePool.Lane lane, Supplier<Optional<Path>> caFile) {
        this.lane = lane;
        this.caFile = caFile;
    }

    /** Decodes the stream behind a network URL: first frame, then frames over the fps window. */
    public DeepProbeResult probe(ProbeTarget target) {
        return network(target).map(channel -> probe(channel, target, VideoInput.network(target)))
                .orElseGet(() -> notNetwork(target));
    }

    /**
     * The first decoded frame of a network stream as JPEG; empty whatever the failure (use probe for why).
     *
     * @throws DecodersBusy as every method here that decodes, when no decoder became free in time
     */
    public Optional<byte[]> snapshot(ProbeTarget target) {
        return firstFrame(target).snapshot();
    }

    /** Opens a network stream and decodes one frame: the snapshot with its outcome and reason. */
    public DeepProbeResult firstFrame(ProbeTarget target) {
        return network(target).map(channel -> firstFrame(channel, target, VideoInput.network(target)))
                .orElseGet(() -> notNetwork(target));
    }

    /** @param target what the result shows (masked URL, timeout); {@code input} is what is opened */
    public DeepProbeResult probe(ConnectionType channel, ProbeTarget target, VideoInput input) {
        return guarded(channel, target, input, DeepProbeSettings.DEFAULT);
    }

    /** Opens and decodes one frame only: codec, size, time to first frame and the snapshot, no fps window. */
    public DeepProbeResult firstFrame(ConnectionType channel, ProbeTarget target, VideoInput input) {
        return guarded(channel, target, input, null);
    }

    /**
     * On a decoder of the process's pool, shared with concurrent callers who ask for the same decode; refused at once
     * (UNSUPPORTED, no decoder used) when FFmpeg cannot check the certificate the way the camera's TLS trust asks.
     */
    private DeepProbeResult guarded(ConnectionType channel, ProbeTarget target, VideoInput input,
                                    DeepProbeSettings window) {
        Optional<Path> ca = caFile.get();
        Optional<Verdict> refusal = FfmpegOptions.tlsRefusal(channel, input.scheme(), target.tlsTrust(), ca);
        if (refusal.isPresent()) {
            return DeepProbeResult.undecoded(channel, target, 0, refusal.get(), MediaFacts.NONE);
        }
        Deadline deadline = Deadline.after(target.timeout());
        VideoSession session = new VideoSession(channel, target, input, deadline, ca);
        return DecodePool.shared().call(new Decode(input, window, target), lane,
                        target.timeout().plus(WORKER_GRACE), () -> session.run(window))
                .orElseGet(() -> session.result(new Verdict(Outcome.TIMEOUT,
                        "no decoded video frame within " + target.timeout().toMillis() + " ms"), MediaFacts.NONE));
    }

    /**
     * What makes two decodes the same, so that they are made once: the input as opened (credentials included: a
     * caller with other credentials never shares another's picture), the window, the deadline and the TLS trust.
     */
    private record Decode(String location, String format, DeepProbeSettings window, Duration timeout,
                          TlsTrust trust) {

        Decode(VideoInput input, DeepProbeSettings window, ProbeTarget target) {
            this(input.location(), input.format(), window, target.timeout(), target.tlsTrust());
        }

        @Override
        public String toString() {
            return "Decode[" + StreamUrl.mask(location) + "]";
        }
    }

    /** Whether a check over this connection type has a stream to decode. */
    public static boolean decodes(ConnectionType type) {
        return STREAMS.contains(type);
    }

    /**
     * Whether a decode of the target would be refused for its TLS (a pinned or first-use certificate, or HLS over
     * HTTPS, which FFmpeg cannot check): a scheduled deep check leaves such a camera to its light probe.
     */
    public static boolean refusesTlsOf(ProbeTarget target) {
        return network(target).flatMap(channel -> FfmpegOptions.tlsRefusal(channel, target.streamUrl().scheme(),
                target.tlsTrust(), FfmpegOptions.systemCaFile())).isPresent();
    }

    /** The channel a network URL belongs to (http(s) playlists are HLS); files and devices are not network. */
    private static Optional<ConnectionType> network(ProbeTarget target) {
        return ConnectionType.forUrl(target.streamUrl()).filter(STREAMS::contains);
    }

    private static DeepProbeResult notNetwork(ProbeTarget target) {
        ConnectionType channel = ConnectionType.forUrl(target.streamUrl()).orElse(ConnectionType.HTTP);
        return DeepProbeResult.undecoded(channel, target, 0, new Verdict(Outcome.UNSUPPORTED,
                "not a network stream URL (rtsp, rtmp, http, https, hls); files and USB devices are probed by "
                        + "FileProbe and UsbProbe, which check media roots and devices first"), MediaFacts.NONE);
    }
}
