package io.ohmvision.channels.onvif;

import io.ohmvision.channels.ChannelProbe;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.NetworkFailures;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeRun;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.ServerFingerprint;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.Verdict;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The ONVIF probe: the whole connect sequence of {@link OnvifClient} against the device service URL, reporting the
 * media facts of the main profile as the device describes them (no RTSP connection is made).
 */
public final class OnvifProbe implements ChannelProbe {

    /** The device service speaks SOAP over HTTP; the RTSP URIs it gives are other channels' business. */
    private static final List<String> SCHEMES = List.of("http", "https");
    /** Where ONVIF Core puts the device service when the user gives only host and port. */
    private static final String DEVICE_SERVICE_PATH = "/onvif/device_service";
    /** Refused URIs a reason quotes; the API lists them all. */
    private static final int REASON_LINES = 2;

    @Override
    public ConnectionType type() {
        return ConnectionType.ONVIF;
    }

    @Override
    public List<String> schemes() {
        return SCHEMES;
    }

    @Override
    public ProbeResult probe(ProbeTarget target) {
        return ProbeRun.open(this, target, "URL", this::inspect);
    }

    /** The connect sequence on the device service. */
    private ProbeResult inspect(ProbeRun run) {
        ProbeTarget target = run.target();
        URI deviceService;
        try {
            deviceService = deviceService(run.url());
        } catch (IllegalArgumentException notAUri) {
            return run.failed(new Verdict(Outcome.UNSUPPORTED, "not a valid device service URL"),
                    ServerFingerprint.NONE);
        }
        OnvifClient client = new OnvifClient(deviceService, target.username(), target.password(), target.timeout());
        try (client) {
            OnvifDevice device = client.inspect();
            return described(run, device, client.fingerprint());
        } catch (OnvifCallException refused) {
            return run.failed(refusal(refused, client.clock(), target.hasCredentials()), client.fingerprint());
        } catch (IOException failed) {
            return run.failed(NetworkFailures.classify(failed, target.timeout()), client.fingerprint());
        }
    }

    /** The device service a URL stands for: the URL itself, or the standard path when it names only host and port. */
    public static URI deviceService(StreamUrl url) {
        String path = url.pathAndQuery().isEmpty() || url.pathAndQuery().equals("/") ? DEVICE_SERVICE_PATH
                : url.pathAndQuery();
        return URI.create(url.scheme() + "://" + url.hostForUrl() + (url.port() < 0 ? "" : ":" + url.port()) + path);
    }

    public static Verdict refusal(OnvifCallException refused, DeviceClock clock, boolean credentialsSent) {
        String clockNote = clock.skewed() ? "; " + clock.describe() : "";
        return switch (refused.kind()) {
            case NOT_AUTHORIZED -> new Verdict(Outcome.AUTH_FAILED,
                    (credentialsSent ? "wrong user name or password (" : "credentials required (")
                            + refused.detail() + " on " + refused.operation() + ")" + clockNote);
            case NOT_SUPPORTED -> refused.noServiceThere() && refused.operation().equals("GetSystemDateAndTime")
                    ? new Verdict(Outcome.NOT_FOUND, "no ONVIF device service at this URL (" + refused.detail() + ")")
                    : new Verdict(Outcome.UNSUPPORTED, refused.operation() + " not supported by the device ("
                    + refused.detail() + ")");
            case OTHER -> new Verdict(Outcome.PROTOCOL_ERROR, refused.operation() + " failed (" + refused.detail()
                    + ")");
        };
    }

    private static ProbeResult described(ProbeRun run, OnvifDevice device, ServerFingerprint fingerprint) {
        Optional<MediaProfile> main = device.mainProfile();
        if (main.isEmpty()) {
            String why = device.profiles().isEmpty() ? "the device has no media profiles"
                    : device.unsupported().contains("GetStreamUri") ? "GetStreamUri not supported by the device"
                    : device.notFollowed().isEmpty() ? "the device gave no stream URI for any profile"
                    : "the device gave no stream URI on its own host";
            return run.failed(new Verdict(Outcome.UNSUPPORTED, why + notFollowed(device)), fingerprint);
        }
        MediaFacts media = mediaFacts(main.get().video());
        StringBuilder reason = new StringBuilder(device.profiles().size() + " profile(s); main: ")
                .append(media.summary());
        if (device.unsupported().contains("GetSnapshotUri")) {
            reason.append("; no snapshot URI (GetSnapshotUri not supported)");
        }
        if (device.clock().skewed()) {
            reason.append("; ").append(device.clock().describe());
        }
        reason.append(notFollowed(device));
        return run.result(new Verdict(Outcome.OK, reason.toString()), media, fingerprint);
    }

    /** What the device pointed to that was not followed, for a one-line reason: "; " and the first lines, or "". */
    public static String notFollowed(OnvifDevice device) {
        List<String> lines = device.notFollowed();
        String first = lines.stream().limit(REASON_LINES).map(line -> "; " + line).collect(Collectors.joining());
        return lines.size() <= REASON_LINES ? first : first + "; and " + (lines.size() - REASON_LINES) + " more";
    }

    static MediaFacts mediaFacts(VideoEncoding video) {
        if (video == null) {
            return MediaFacts.NONE;
        }
        return new MediaFacts(MediaFacts.displayName(video.encoding()), video.width(), video.height(),
                video.frameRate(), null);
    }
}
