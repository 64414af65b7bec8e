package io.ohmvision.channels.onvif;

import io.ohmvision.channels.Deadline;
import io.ohmvision.channels.DeviceOrigin;
import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.channels.ServerFingerprint;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Talks ONVIF (Device and Media ver10) to one device within one deadline. Not thread-safe: one client per probe.
 * <p>
 * The connect sequence follows camera-facts 3.6: GetSystemDateAndTime without credentials (ONVIF is present, and
 * the clock offset is known), then GetDeviceInformation with credentials, which tells wrong credentials and clock
 * skew apart, then the media service address, the profiles and their URIs.
 */
public final class OnvifClient implements Closeable {

    private static final String DEVICE_NS = DeviceServices.DEVICE;
    private static final String SCHEMA_NS = "http://www.onvif.org/ver10/schema";
    /** Profiles whose URIs are asked for: two calls each; a 64-channel recorder has 128. */
    static final int MAX_PROFILES = 128;

    private final URI deviceService;
    private final String username;
    private final String password;
    private final SoapTransport transport;
    private DeviceClock clock = DeviceClock.UNKNOWN;
    /** Added to our clock for WS-Security Created once the device has shown it needs it. */
    private Duration tokenClockShift = Duration.ZERO;

    /**
     * @param deviceService e.g. {@code http://192.0.2.10/onvif/device_service}, without credentials
     * @param username      null or empty for none
     * @param timeout       for the whole of what this client does
     */
    public OnvifClient(URI deviceService, String username, String password, Duration timeout) {
        this.deviceService = deviceService;
        this.username = username;
        this.password = password;
        this.transport = new SoapTransport(deviceService, username, password, Deadline.after(timeout),
                (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    /**
     * The whole connect sequence. A profile whose URIs the device refuses (an audio-only profile, an incomplete
     * configuration) keeps null URIs instead of failing the sequence; wrong credentials still fail it. A URI on
     * another host than the device service's is not kept: it is reported in {@link OnvifDevice#notFollowed()}.
     */
    public OnvifDevice inspect() throws IOException {
        readClock();
        DeviceInformation information = deviceInformation();
        DeviceServices services = services();
        String media = mediaAddress(services);
        DeviceOrigin origin = DeviceOrigin.of(deviceService.getHost());
        Set<String> unsupported = new LinkedHashSet<>();
        List<String> notFollowed = new ArrayList<>();
        List<MediaProfile> listed = profiles(media);
        if (listed.size() > MAX_PROFILES) {
            notFollowed.add("GetProfiles listed " + listed.size() + " profiles: only the first " + MAX_PROFILES
                    + " were read");
        }
        List<MediaProfile> profiles = new ArrayList<>();
        for (MediaProfile profile : listed.subList(0, Math.min(listed.size(), MAX_PROFILES))) {
            String label = " (profile " + DeviceOrigin.shown(profile.token()) + ")";
            String stream = unlessRefused("GetStreamUri", () -> streamUri(media, profile.token()), unsupported);
            String snapshot = unlessRefused("GetSnapshotUri", () -> snapshotUri(media, profile.token()), unsupported);
            profiles.add(profile.withUris(followable(origin, "GetStreamUri" + label, stream, notFollowed),
                    followable(origin, "GetSnapshotUri" + label, snapshot, notFollowed)));
        }
        return new OnvifDevice(information, clock, media, profiles, unsupported, notFollowed,
                DeviceCapabilities.of(services));
    }

    /** The URI when it is on the device's own host; else null, and the refusal noted. */
    private static String followable(DeviceOrigin origin, String what, String uri, List<String> notFollowed) {
        if (uri == null) {
            return null;
        }
        Optional<String> refusal = origin.refusal(what, uri);
        refusal.ifPresent(notFollowed::add);
        return refusal.isPresent() ? null : uri;
    }

    /** GetSystemDateAndTime (PRE_AUTH); a device that will not tell its time leaves the clock unknown. */
    public DeviceClock readClock() throws IOException {
        Instant sent = Instant.now();
        try {
            SoapElement reply = call(deviceService.toString(), "GetSystemDateAndTime",
                    "<tds:GetSystemDateAndTime xmlns:tds=\"" + DEVICE_NS + "\"/>", false);
            Instant received = Instant.now();
            Instant ourMidpoint = sent.plus(Duration.between(sent, received).dividedBy(2));
            // the device gives whole seconds: the middle of its second is the unbiased estimate
            Instant deviceNow = OnvifReplies.utcDateTime(reply).plusMillis(500);
            clock = DeviceClock.measured(Duration.between(ourMidpoint, deviceNow));
        } catch (OnvifCallException refused) {
            if (refused.noServiceThere()) {
                throw refused;
            }
            clock = DeviceClock.UNKNOWN;
        }
        return clock;
    }

    public DeviceInformation deviceInformation() throws IOException {
        return OnvifReplies.deviceInformation(call(deviceService.toString(), "GetDeviceInformation",
                "<tds:GetDeviceInformation xmlns:tds=\"" + DEVICE_NS + "\"/>", true));
    }

    /**
     * The Media service address from {@link #services()}. The path is kept and the host and port are the ones this
     * client reached the device on, because devices behind NAT or with the 0.0.0.0 quirk announce addresses that
     * cannot be reached [S1].
     */
    public String mediaAddress() throws IOException {
        return mediaAddress(services());
    }

    private String mediaAddress(DeviceServices services) throws IOException {
        return reachable(services.address(DeviceServices.MEDIA).orElseThrow(() -> new OnvifCallException(
                "GetCapabilities", FaultKind.NOT_SUPPORTED, "no Media service announced", 200)));
    }

    /**
     * The services the device announces: GetServices with their capabilities, or GetCapabilities (all categories)
     * on devices older than GetServices or whose GetServices names no Media service.
     */
    public DeviceServices services() throws IOException {
        try {
            DeviceServices announced = DeviceServices.fromServices(call(deviceService.toString(), "GetServices",
                    "<tds:GetServices xmlns:tds=\"" + DEVICE_NS + "\"><tds:IncludeCapability>true"
                            + "</tds:IncludeCapability></tds:GetServices>", true));
            if (announced.address(DeviceServices.MEDIA).isPresent()) {
                return announced;
            }
        } catch (OnvifCallException refused) {
            if (refused.kind() == FaultKind.NOT_AUTHORIZED) {
                throw refused;
            }
        }
        return DeviceServices.fromCapabilities(call(deviceService.toString(), "GetCapabilities",
                "<tds:GetCapabilities xmlns:tds=\"" + DEVICE_NS + "\"><tds:Category>All</tds:Category>"
                        + "</tds:GetCapabilities>", true));
    }

    public List<MediaProfile> profiles(String mediaAddress) throws IOException {
        return OnvifReplies.profiles(call(mediaAddress, "GetProfiles",
                "<trt:GetProfiles xmlns:trt=\"" + DeviceServices.MEDIA + "\"/>", true));
    }

    /** RTP-Unicast over RTSP (interleaved TCP), which passes firewalls and NAT where RTP over UDP does not. */
    public String streamUri(String mediaAddress, String profileToken) throws IOException {
        String body = "<trt:GetStreamUri xmlns:trt=\"" + DeviceServices.MEDIA + "\" xmlns:tt=\"" + SCHEMA_NS
                + "\"><trt:StreamSetup><tt:Stream>RTP-Unicast</tt:Stream><tt:Transport><tt:Protocol>RTSP"
                + "</tt:Protocol></tt:Transport></trt:StreamSetup><trt:ProfileToken>"
                + SoapEnvelope.escape(profileToken) + "</trt:ProfileToken></trt:GetStreamUri>";
        return OnvifReplies.mediaUri(call(mediaAddress, "GetStreamUri", body, true), "GetStreamUri");
    }

    public String snapshotUri(String mediaAddress, String profileToken) throws IOException {
        String body = "<trt:GetSnapshotUri xmlns:trt=\"" + DeviceServices.MEDIA + "\"><trt:ProfileToken>"
                + SoapEnvelope.escape(profileToken) + "</trt:ProfileToken></trt:GetSnapshotUri>";
        return OnvifReplies.mediaUri(call(mediaAddress, "GetSnapshotUri", body, true), "GetSnapshotUri");
    }

    /** A call whose refusal only leaves a gap; once not supported, it is not asked again. */
    @FunctionalInterface
    private interface UriCall {
        String call() throws IOException;
    }

    private static String unlessRefused(String operation, UriCall uriCall, Set<String> unsupported)
            throws IOException {
        if (unsupported.contains(operation)) {
            return null;
        }
        try {
            return uriCall.call();
        } catch (OnvifCallException refused) {
            if (refused.kind() == FaultKind.NOT_AUTHORIZED) {
                throw refused;
            }
            if (refused.kind() == FaultKind.NOT_SUPPORTED) {
                unsupported.add(operation);
            }
            return null;
        }
    }

    public DeviceClock clock() {
        return clock;
    }

    public ServerFingerprint fingerprint() {
        return transport.fingerprint();
    }

    /** An authenticated call, for the other services' requests in this package (PTZ). */
    SoapElement call(String address, String operation, String body) throws IOException {
        return call(address, operation, body, true);
    }

    /**
     * One call. An authenticated call refused as not authorized while the device clock is notably off is
     * retried once with Created on the device's clock; if that succeeds, the skew was the cause.
     */
    private SoapElement call(String address, String operation, String body, boolean authenticated) throws IOException {
        try {
            return exchange(address, operation, body, authenticated);
        } catch (OnvifCallException refused) {
            boolean skewMayBeTheCause = refused.kind() == FaultKind.NOT_AUTHORIZED && authenticated
                    && hasCredentials() && !transport.usesHttpAuthentication() && clock.skewed()
                    && tokenClockShift.isZero();
            if (!skewMayBeTheCause) {
                throw refused;
            }
            tokenClockShift = clock.offset();
            SoapElement reply = exchange(address, operation, body, true);
            clock = clock.rejectingUncorrectedTokens();
            return reply;
        }
    }

    private SoapElement exchange(String address, String operation, String body, boolean authenticated)
            throws IOException {
        SoapTransport.Reply reply = transport.post(address, envelope(body, authenticated));
        if (reply.status() == 401 && authenticated && hasCredentials() && !transport.usesHttpAuthentication()) {
            transport.switchToHttpAuthentication();
            reply = transport.post(address, envelope(body, true));
        }
        return SoapReplyReader.read(operation, reply.status(), reply.body(), transport.usesHttpAuthentication());
    }

    private String envelope(String body, boolean authenticated) {
        boolean token = authenticated && hasCredentials() && !transport.usesHttpAuthentication();
        String header = token ? UsernameToken.create(username, password, Instant.now().plus(tokenClockShift)).toXml()
                : "";
        return SoapEnvelope.of(header, body);
    }

    private boolean hasCredentials() {
        return username != null && !username.isEmpty();
    }

    /** An address the device announced, moved to the scheme, host and port this client reaches the device on. */
    String reachable(String announced) throws PeerProtocolException {
        try {
            URI uri = URI.create(announced.strip());
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return deviceService.getScheme() + "://" + deviceService.getRawAuthority() + path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException notAUri) {
            throw new PeerProtocolException("the device announced a service address that is not a URI");
        }
    }

    @Override
    public void close() throws IOException {
        transport.close();
    }
}
