package io.ohmvision.channels.rtsp;

import io.ohmvision.channels.ChannelProbe;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.DeviceOrigin;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.NetworkFailures;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeRun;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.Verdict;
import io.ohmvision.channels.sdp.SdpMediaFacts;
import io.ohmvision.channels.sdp.SdpParser;
import io.ohmvision.channels.sdp.SessionDescription;
import java.io.IOException;
import java.util.Optional;
import javax.net.ssl.SSLSocketFactory;

/**
 * The light RTSP health probe: OPTIONS then DESCRIBE over a new TCP (or TLS for rtsps) connection, no media
 * session and no decoding. It answers "does the camera serve this path to these credentials, and with what codec
 * and size" in about a millisecond of CPU. A redirect is never followed (one connection per check); its reason names
 * where it leads, or that it leads to another host.
 */
public final class RtspProbe implements ChannelProbe {

    private static final String SDP = "application/sdp";

    private final SSLSocketFactory tls;

    /** Verifies rtsps certificates against the JVM's trust store. */
    public RtspProbe() {
        this((SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** @param tls the factory for rtsps connections, e.g. one trusting a site's own camera CA */
    public RtspProbe(SSLSocketFactory tls) {
        this.tls = tls;
    }

    @Override
    public ConnectionType type() {
        return ConnectionType.RTSP;
    }

    @Override
    public ProbeResult probe(ProbeTarget target) {
        return ProbeRun.open(this, target, "URL", this::connect);
    }

    /** OPTIONS, then DESCRIBE. */
    private ProbeResult connect(ProbeRun run) {
        ProbeTarget target = run.target();
        RtspSession session = new RtspSession(run.url(), Authorizer.withRandomCnonces(target.username(),
                target.password()), run.deadline(), tls);
        try (session) {
            RtspResponse options = session.request("OPTIONS", null);
            if (options.status() == 401 || options.status() == 403) {
                return run.failed(failure(options, session, target), session.fingerprint());
            }
            RtspResponse describe = session.request("DESCRIBE", SDP);
            if (!RtspStatus.isSuccess(describe.status())) {
                return run.failed(failure(describe, session, target), session.fingerprint());
            }
            return described(run, describe, session);
        } catch (IOException failed) {
            return run.failed(NetworkFailures.classify(failed, target.timeout()), session.fingerprint());
        }
    }

    private static Verdict failure(RtspResponse response, RtspSession session, ProbeTarget target) {
        if (response.status() == 401 && session.lastAuthScheme() == null && target.hasCredentials()
                && !session.lastChallenges().isEmpty()) {
            String offered = session.lastChallenges().get(0).scheme().replaceAll("[^a-z0-9-]", "");
            return new Verdict(Outcome.UNSUPPORTED, "the camera asks for an unsupported authentication (" + offered + ")");
        }
        Optional<String> location = response.header("Location");
        if (response.status() / 100 == 3 && location.isPresent()) {
            return new Verdict(Outcome.NOT_FOUND, DeviceOrigin.ofUrl(target.url())
                    .refusal("a redirect (" + response.status() + ")", location.get())
                    .orElse("the stream moved to " + DeviceOrigin.shown(location.get()) + " (" + response.status()
                            + "); redirects are not followed: use that URL"));
        }
        return RtspStatus.verdict(response.status(), session.lastAuthScheme());
    }

    private static ProbeResult described(ProbeRun run, RtspResponse describe, RtspSession session) {
        SessionDescription sdp = SdpParser.parse(describe.bodyText());
        if (sdp.media().isEmpty()) {
            return run.failed(new Verdict(Outcome.PROTOCOL_ERROR, "DESCRIBE answered " + describe.status()
                    + " without an SDP"), session.fingerprint());
        }
        MediaFacts media = SdpMediaFacts.of(sdp);
        return run.result(new Verdict(Outcome.OK, "stream described: " + media.summary()), media,
                session.fingerprint());
    }
}
