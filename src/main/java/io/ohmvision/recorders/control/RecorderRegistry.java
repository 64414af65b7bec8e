package io.ohmvision.recorders.control;

import io.ohmvision.cameras.control.CameraSummary;
import io.ohmvision.cameras.control.ChannelTesting;
import io.ohmvision.cameras.control.CredentialVault;
import io.ohmvision.cameras.control.RecorderChannels;
import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.nvr.OnvifChannels;
import io.ohmvision.channels.onvif.OnvifClient;
import io.ohmvision.channels.onvif.OnvifDevice;
import io.ohmvision.channels.onvif.OnvifProbe;
import io.ohmvision.platform.Fanout;
import io.ohmvision.platform.ProblemException;
import io.ohmvision.recorders.entity.Recorder;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * NVR/DVR recorders. Adding one looks for its channels with the manufacturer's catalogue numbering, or takes them
 * from its ONVIF profiles (one per video source), probes them a few at a time so the recorder is not flooded, and
 * makes each channel that answers a camera linked to the recorder; if none answers, nothing is stored.
 */
@Stateless
public class RecorderRegistry {

    /** Channels probed at once while looking for them. */
    static final int PARALLEL_CHANNEL_PROBES = 4;

    @PersistenceContext
    EntityManager em;

    @Inject
    CredentialVault vault;

    @Inject
    Catalog catalog;

    @Inject
    ChannelTesting channels;

    @Inject
    Clock clock;

    @Inject
    RecorderChannels channelCameras;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "ohmvision.probe.timeout", defaultValue = "PT5S")
    Duration timeout;

    /** A channel looked for and what it answered; no result for a channel auto-detect saw answering already. */
    public record ChannelFound(int channel, String mainUrl, String subUrl, Optional<ProbeResult> result) {

        boolean answers() {
            return result.map(r -> r.outcome() == Outcome.OK).orElse(true);
        }
    }

    /**
     * A new recorder, its channel cameras, the channels that did not answer, and the stream URIs its ONVIF profiles
     * gave on another host (not probed, not stored).
     */
    public record Added(Recorder recorder, List<CameraSummary> cameras, List<ChannelFound> missing,
                        List<String> notFollowed) {
    }

    /**
     * A recorder auto-detect found: its channels' RTSP port and streams, and whether they answered already (found by
     * the maker's numbering, each probed) or were only named by the recorder's ONVIF profiles.
     */
    public record Findings(int port, List<RecorderChannels.Channel> channels, boolean answered) {
    }

    /**
     * Adds a recorder by looking for its channels: the catalogue's numbering, or its ONVIF profiles.
     *
     * @throws ProblemException 400/403 for a refused request, 502 when no channel answered; nothing is stored then
     */
    public Added add(RecorderSettings request, boolean mayManageCredentials) {
        String manufacturer = checked(request, mayManageCredentials);
        List<Candidate> candidates;
        int port;
        List<String> notFollowed = new ArrayList<>();
        if (request.onvifUrl() != null && !request.onvifUrl().isBlank()) {
            candidates = byOnvifProfiles(request, notFollowed);
            port = StreamUrl.parse(candidates.get(0).main()).map(StreamUrl::port).filter(p -> p > 0).orElse(554);
        } else if (manufacturer != null) {
            ChannelTemplates templates = ChannelTemplates.of(catalog, manufacturer).orElseThrow(() ->
                    ProblemException.badRequest("The catalogue has no recorder channel numbering (nvr-main RTSP "
                            + "template) for '" + manufacturer + "'; it has one for: " + withRecorderTemplates()
                            + "; or give onvifUrl"));
            port = request.port() != null ? request.port() : templates.defaultPort();
            candidates = IntStream.rangeClosed(1, request.channels() == null ? 16 : request.channels())
                    .mapToObj(channel -> new Candidate(channel, templates.mainUrl(request.ipAddress(), port, channel),
                            templates.subUrl(request.ipAddress(), port, channel).orElse(null))).toList();
        } else {
            throw ProblemException.badRequest("manufacturer (for the catalogue's channel numbering) or onvifUrl "
                    + "(for the recorder's ONVIF profiles) is required");
        }
        return store(request, manufacturer, port, probeEachChannel(candidates, request), notFollowed);
    }

    /**
     * Adds a recorder from what auto-detect found, instead of looking for its channels again: channels that answered
     * already are stored as they are, and channels only named by its ONVIF profiles are probed once, as by
     * {@link #add}.
     *
     * @throws ProblemException 400/403 for a refused request, 502 when no channel answered; nothing is stored then
     */
    public Added addFound(RecorderSettings request, Findings findings, boolean mayManageCredentials) {
        String manufacturer = checked(request, mayManageCredentials);
        List<Candidate> candidates = findings.channels().stream()
                .map(c -> new Candidate(c.number(), c.mainUrl(), c.subUrl())).toList();
        List<ChannelFound> found = findings.answered() ? candidates.stream()
                .map(c -> new ChannelFound(c.channel(), c.main(), c.sub(), Optional.<ProbeResult>empty())).toList()
                : probeEachChannel(candidates, request);
        return store(request, manufacturer, findings.port(), found, List.of());
    }

    /** @return the catalogue manufacturer asked for, null for none */
    private String checked(RecorderSettings request, boolean mayManageCredentials) {
        boolean credentials = request.username() != null && !request.username().isEmpty()
                || request.password() != null && !request.password().isEmpty();
        if (credentials && !mayManageCredentials) {
            throw ProblemException.forbidden("Only admins may set recorder credentials");
        }
        String manufacturer = request.manufacturer() == null ? null : request.manufacturer().strip();
        if (manufacturer != null && catalog.find(manufacturer).isEmpty()) {
            throw ProblemException.badRequest("manufacturer '" + manufacturer + "' is not in the catalogue");
        }
        return manufacturer;
    }

    /** Stores the recorder and a camera for each channel that answers; nothing when none does. */
    private Added store(RecorderSettings request, String manufacturer, int port, List<ChannelFound> found,
            List<String> notFollowed) {
        List<ChannelFound> answering = found.stream().filter(ChannelFound::answers).toList();
        if (answering.isEmpty()) {
            ProbeResult first = found.get(0).result().orElseThrow();
            throw new ProblemException(Status.BAD_GATEWAY, "No channel of the recorder answered; channel 1: "
                    + first.outcome() + ", " + first.reason());
        }
        Recorder recorder = new Recorder(request.name().strip(), manufacturer, request.ipAddress(), port,
                emptyToNull(request.username()), emptyToNull(vault.seal(request.password())), clock.instant());
        em.persist(recorder);
        em.flush();
        List<CameraSummary> cameras = channelCameras.add(new RecorderChannels.Recorder(recorder.getId(),
                recorder.getName(), recorder.getIpAddress(), recorder.getPort(), recorder.getManufacturer(),
                recorder.getUsername(), recorder.getEncryptedPassword()), answering.stream()
                .map(f -> new RecorderChannels.Channel(f.channel(), f.mainUrl(), f.subUrl())).toList());
        return new Added(recorder, cameras, found.stream().filter(f -> !f.answers()).toList(), notFollowed);
    }

    /** A channel to look for: its number and stream URLs. */
    private record Candidate(int channel, String main, String sub) {
    }

    /**
     * The recorder's own word on its channels: one per video source of its ONVIF profiles whose stream URI is on
     * the recorder's own host; the others go to {@code notFollowed}.
     */
    private List<Candidate> byOnvifProfiles(RecorderSettings request, List<String> notFollowed) {
        URI deviceService = StreamUrl.parse(request.onvifUrl()).filter(u -> u.scheme().startsWith("http"))
                .map(u -> URI.create(u.withoutCredentials().toConnectString())).orElseThrow(() ->
                        ProblemException.badRequest("onvifUrl must be the http(s) URL of the device service"));
        try (OnvifClient onvif = new OnvifClient(deviceService, request.username(), request.password(), timeout)) {
            OnvifDevice device = onvif.inspect();
            notFollowed.addAll(device.notFollowed());
            List<OnvifChannels.Channel> channels = OnvifChannels.of(device.profiles());
            if (channels.isEmpty()) {
                throw new ProblemException(Status.BAD_GATEWAY, "The recorder's ONVIF profiles give no stream URI"
                        + (notFollowed.isEmpty() ? "" : " on its own host") + OnvifProbe.notFollowed(device));
            }
            return channels.stream().map(c -> new Candidate(c.number(), StreamUrl.stripCredentials(c.main()),
                    c.sub() == null ? null : StreamUrl.stripCredentials(c.sub()))).toList();
        } catch (IOException e) {
            throw new ProblemException(Status.BAD_GATEWAY, "ONVIF: " + e.getMessage());
        }
    }

    /** Probes the channels' main streams a few at a time, so the recorder is not flooded. */
    private List<ChannelFound> probeEachChannel(List<Candidate> candidates, RecorderSettings request) {
        return new Fanout(executor, PARALLEL_CHANNEL_PROBES).map(candidates, c -> new ChannelFound(c.channel(),
                c.main(), c.sub(), Optional.of(channels.probe(new ProbeTarget(c.main(), request.username(),
                request.password(), timeout)))));
    }

    private String withRecorderTemplates() {
        return numberingMakers().stream().map(ManufacturerProfile::id).collect(Collectors.joining(", "));
    }

    /** The manufacturers whose catalogue entry numbers recorder channels (an OEM brand through its maker). */
    public List<ManufacturerProfile> numberingMakers() {
        return catalog.all().stream().filter(p -> ChannelTemplates.of(catalog, p.id()).isPresent()).toList();
    }

    public List<Recorder> list() {
        return em.createQuery("select r from Recorder r order by r.name, r.id", Recorder.class).getResultList();
    }

    public Recorder find(long id) {
        return Optional.ofNullable(em.find(Recorder.class, id))
                .orElseThrow(() -> ProblemException.notFound("No recorder with id " + id));
    }

    /** The channel cameras, by channel. */
    public List<CameraSummary> channelsOf(long recorderId) {
        return channelCameras.of(recorderId);
    }

    public Optional<Long> recorderOf(long cameraId) {
        return channelCameras.recorderOf(cameraId);
    }

    /** What the recorder's own liveness check connects to, its password opened only now. */
    public Optional<ProbeTarget> rootTarget(long recorderId, Duration checkTimeout) {
        return Optional.ofNullable(em.find(Recorder.class, recorderId)).map(r -> new ProbeTarget(r.rootUrl(),
                r.getUsername(), vault.open(r.getEncryptedPassword()), checkTimeout));
    }

    /** Removes the recorder and its channel cameras (with their health history). */
    public void delete(long id) {
        Recorder recorder = find(id);
        channelCameras.remove(id);
        em.remove(recorder);
    }

    /**
     * New credentials for the recorder and every channel (a rotated password): channels that wait for credentials
     * after AUTH_FAILED are checked again at once.
     */
    public Recorder changeCredentials(long id, String username, String password) {
        Recorder recorder = find(id);
        recorder.changeCredentials(emptyToNull(username), emptyToNull(vault.seal(password)));
        channelCameras.changeCredentials(id, recorder.getUsername(), recorder.getEncryptedPassword());
        return recorder;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
