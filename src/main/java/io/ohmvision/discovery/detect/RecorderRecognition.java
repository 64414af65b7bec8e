package io.ohmvision.discovery.detect;

import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.nvr.OnvifChannels;
import io.ohmvision.channels.onvif.MediaProfile;
import io.ohmvision.channels.onvif.OnvifDevice;
import io.ohmvision.discovery.scan.OnvifFindings;
import io.ohmvision.platform.Fanout;
import io.ohmvision.recorders.control.ChannelTemplates;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Whether an auto-detected device is a recorder (NVR/DVR) rather than one camera, and its channels. Three signs, the
 * device's own word first: its ONVIF profiles encode more than one video source (one per channel); the recognised
 * maker's recorder numbering answers for channel 2 on the RTSP port where the main stream was found; or what the
 * device says about itself (Server header, realm, ONVIF model) names a recorder. The numbering is then tried for
 * channels 1..{@link #MAX_CHANNELS}, a few at a time so the recorder is not flooded. Plain Java, stores nothing.
 */
final class RecorderRecognition {

    /** Channels looked for by a maker's numbering: the common sizes of small recorders go up to 16. */
    public static final int MAX_CHANNELS = 16;
    /** Channels probed at once: a recorder answers N channels from one CPU. */
    static final int PARALLEL_PROBES = 4;
    /** How recorders name themselves: Hikvision's "DNVRS-Webs" server, "NVR"/"DVR"/"XVR" in models and realms. */
    private static final Pattern SAYS_RECORDER = Pattern.compile("(?i)\\b[NDXH]VR|DNVRS");

    /** One channel found: its number (from 1) and stream URLs without credentials; {@code sub} may be null. */
    public record Channel(int number, String main, String sub) {
    }

    /**
     * A recorder recognised.
     *
     * @param recognisedBy   which sign, for a human
     * @param manufacturer   the catalogue id whose numbering found the channels; null when ONVIF gave them
     * @param onvifUrl       the device service whose profiles gave the channels; null when the numbering did
     * @param port           the RTSP port of the channels
     */
    public record Found(String recognisedBy, String manufacturer, String onvifUrl, int port, List<Channel> channels) {
        public Found {
            channels = List.copyOf(channels);
        }

        public String describe() {
            return "recorder with " + channels.size() + " channel" + (channels.size() == 1 ? "" : "s");
        }

        public int highestChannel() {
            return channels.stream().mapToInt(Channel::number).max().orElse(0);
        }
    }

    /**
     * What is known of the device when the single-camera detection is done.
     *
     * @param manufacturers  recognised catalogue ids, most likely first
     * @param main           the main stream chosen; empty when none worked
     * @param selfDescribed  what the device said about itself (Server headers, realms, ONVIF model), nulls allowed
     */
    public record Device(String host, OnvifFindings onvif, List<String> manufacturers, Optional<CandidateResult> main,
                         List<String> selfDescribed, String username, String password) {
    }

    private final Catalog catalog;
    private final Function<ProbeTarget, ProbeResult> probe;
    private final Executor executor;
    private final Duration timeout;

    public RecorderRecognition(Catalog catalog, Function<ProbeTarget, ProbeResult> probe, Executor executor,
            Duration timeout) {
        this.catalog = catalog;
        this.probe = probe;
        this.executor = executor;
        this.timeout = timeout;
    }

    public Optional<Found> recognise(Device device) {
        Optional<Found> byOnvif = device.onvif().answered().flatMap(d -> byVideoSources(device.onvif(), d));
        return byOnvif.isPresent() ? byOnvif : byNumbering(device);
    }

    private static Optional<Found> byVideoSources(OnvifFindings findings, OnvifDevice device) {
        long sources = device.profiles().stream().filter(p -> p.streamUri() != null)
                .map(MediaProfile::videoSource).filter(Objects::nonNull).distinct().count();
        if (sources < 2) {
            return Optional.empty();
        }
        List<Channel> channels = OnvifChannels.of(device.profiles()).stream()
                .map(c -> new Channel(c.number(), StreamUrl.stripCredentials(c.main()),
                        c.sub() == null ? null : StreamUrl.stripCredentials(c.sub()))).toList();
        int port = StreamUrl.parse(channels.get(0).main()).map(StreamUrl::port).filter(p -> p > 0).orElse(554);
        return Optional.of(new Found("onvif: " + sources + " video sources", null, findings.deviceServiceUrl(), port,
                channels));
    }

    /** The maker's numbering on the RTSP port of the main stream: channel 2 first, the rest only for a recorder. */
    private Optional<Found> byNumbering(Device device) {
        Optional<StreamUrl> rtsp = device.main().flatMap(m -> StreamUrl.parse(m.candidate().url()))
                .filter(u -> u.scheme().startsWith("rtsp"));
        if (rtsp.isEmpty()) {
            return Optional.empty();
        }
        int port = rtsp.get().port() > 0 ? rtsp.get().port() : 554;
        boolean saysRecorder = device.selfDescribed().stream().filter(Objects::nonNull)
                .anyMatch(text -> SAYS_RECORDER.matcher(text).find());
        for (String manufacturer : device.manufacturers()) {
            Optional<ChannelTemplates> numbering = ChannelTemplates.of(catalog, manufacturer);
            if (numbering.isEmpty()) {
                continue;
            }
            Channel second = channel(numbering.get(), device, port, 2);
            boolean secondAnswers = answers(second, device);
            if (!secondAnswers && !saysRecorder) {
                return Optional.empty();
            }
            List<Channel> found = probeAll(numbering.get(), device, port);
            return found.isEmpty() ? Optional.empty() : Optional.of(new Found(secondAnswers
                    ? manufacturer + " recorder numbering: channel 2 answers"
                    : "the device names itself a recorder", manufacturer, null, port, found));
        }
        return Optional.empty();
    }

    private List<Channel> probeAll(ChannelTemplates numbering, Device device, int port) {
        List<Channel> all = IntStream.rangeClosed(1, MAX_CHANNELS).mapToObj(n -> channel(numbering, device, port, n))
                .toList();
        return new Fanout(executor, PARALLEL_PROBES).map(all, c -> answers(c, device)
                ? Optional.of(c) : Optional.<Channel>empty()).stream().flatMap(Optional::stream).toList();
    }

    private static Channel channel(ChannelTemplates numbering, Device device, int port, int number) {
        return new Channel(number, numbering.mainUrl(device.host(), port, number),
                numbering.subUrl(device.host(), port, number).orElse(null));
    }

    private boolean answers(Channel channel, Device device) {
        return probe.apply(new ProbeTarget(channel.main(), device.username(), device.password(), timeout))
                .outcome() == Outcome.OK;
    }
}
