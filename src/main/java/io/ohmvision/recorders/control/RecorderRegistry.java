package io.ohmvision.recorders.control;

import io.ohmvision.cameras.control.CameraChanged;
import io.ohmvision.cameras.control.ChannelTesting;
import io.ohmvision.cameras.control.CredentialVault;
import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.catalog.control.Catalog;
import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.channels.ConnectionType;
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
import io.ohmvision.recorders.boundary.RecorderRequest;
import io.ohmvision.recorders.entity.Recorder;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    Event<CameraChanged> changes;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "ohmvision.probe.timeout", defaultValue = "PT5S")
    Duration timeout;

    /** A channel looked for and what it answered. */
    public record ChannelFound(int channel, String mainUrl, String subUrl, ProbeResult result) {
    }

    /**
     * A new recorder, its channel cameras, the channels that did not answer, and the stream URIs its ONVIF profiles
     * gave on another host (not probed, not stored).
     */
    public record Added(Recorder recorder, List<Camera> cameras, List<ChannelFound> missing,
                        List<String> notFollowed) {
    }

    public Added add(RecorderRequest request, boolean mayManageCredentials) {
        boolean credentials = request.username != null && !request.username.isEmpty()
                || request.password != null && !request.password.isEmpty();
        if (credentials && !mayManageCredentials) {
            throw ProblemException.forbidden("Only admins may set recorder credentials");
        }
        String manufacturer = request.manufacturer == null ? null : request.manufacturer.strip();
        if (manufacturer != null && catalog.find(manufacturer).isEmpty()) {
            throw ProblemException.badRequest("manufacturer '" + manufacturer + "' is not in the catalogue");
        }
        List<Candidate> candidates;
        int port;
        List<String> notFollowed = new ArrayList<>();
        if (request.onvifUrl != null && !request.onvifUrl.isBlank()) {
            candidates = byOnvifProfiles(request, notFollowed);
            port = StreamUrl.parse(candidates.get(0).main()).map(StreamUrl::port).filter(p -> p > 0).orElse(554);
        } else if (manufacturer != null) {
            ChannelTemplates templates = ChannelTemplates.of(catalog, manufacturer).orElseThrow(() ->
                    ProblemException.badRequest("The catalogue has no recorder channel numbering (nvr-main RTSP "
                            + "template) for '" + manufacturer + "'; it has one for: " + withRecorderTemplates()
                            + "; or give onvifUrl"));
            port = request.port != null ? request.port : templates.defaultPort();
            candidates = IntStream.rangeClosed(1, request.channels == null ? 16 : request.channels)
                    .mapToObj(channel -> new Candidate(channel, templates.mainUrl(request.ipAddress, port, channel),
                            templates.subUrl(request.ipAddress, port, channel).orElse(null))).toList();
        } else {
            throw ProblemException.badRequest("manufacturer (for the catalogue's channel numbering) or onvifUrl "
                    + "(for the recorder's ONVIF profiles) is required");
        }
        List<ChannelFound> found = probeInBatches(candidates, request);
        List<ChannelFound> answering = found.stream().filter(f -> f.result().outcome() == Outcome.OK).toList();
        if (answering.isEmpty()) {
            throw new ProblemException(Status.BAD_GATEWAY, "No channel of the recorder answered; channel 1: "
                    + found.get(0).result().outcome() + ", " + found.get(0).result().reason());
        }
        Recorder recorder = new Recorder(request.name.strip(), manufacturer, request.ipAddress, port,
                emptyToNull(request.username), emptyToNull(vault.seal(request.password)), clock.instant());
        em.persist(recorder);
        em.flush();
        List<Camera> cameras = answering.stream().map(f -> channelCamera(recorder, f)).toList();
        em.flush();
        cameras.forEach(c -> changes.fire(new CameraChanged(c.getId(), true)));
        return new Added(recorder, cameras, found.stream().filter(f -> f.result().outcome() != Outcome.OK).toList(),
                notFollowed);
    }

    /** A channel to look for: its number and stream URLs. */
    private record Candidate(int channel, String main, String sub) {
    }

    /**
     * The recorder's own word on its channels: one per video source of its ONVIF profiles whose stream URI is on
     * the recorder's own host; the others go to {@code notFollowed}.
     */
    private List<Candidate> byOnvifProfiles(RecorderRequest request, List<String> notFollowed) {
        URI deviceService = StreamUrl.parse(request.onvifUrl).filter(u -> u.scheme().startsWith("http"))
                .map(u -> URI.create(u.withoutCredentials().toConnectString())).orElseThrow(() ->
                        ProblemException.badRequest("onvifUrl must be the http(s) URL of the device service"));
        try (OnvifClient onvif = new OnvifClient(deviceService, request.username, request.password, timeout)) {
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
    private List<ChannelFound> probeInBatches(List<Candidate> candidates, RecorderRequest request) {
        return new Fanout(executor, PARALLEL_CHANNEL_PROBES).map(candidates, c -> new ChannelFound(c.channel(),
                c.main(), c.sub(), channels.probe(new ProbeTarget(c.main(), request.username, request.password,
                timeout))));
    }

    private Camera channelCamera(Recorder recorder, ChannelFound found) {
        Camera camera = new Camera(recorder.getName() + " ch" + found.channel());
        camera.setIpAddress(recorder.getIpAddress());
        camera.setPort(recorder.getPort());
        camera.setManufacturer(recorder.getManufacturer());
        camera.setConnectionType(ConnectionType.NVR);
        camera.setPrimaryStreamUrl(found.mainUrl());
        camera.setSecondaryStreamUrl(found.subUrl());
        camera.setUsername(recorder.getUsername());
        camera.setEncryptedPassword(recorder.getEncryptedPassword());
        camera.linkToRecorder(recorder.getId(), found.channel());
        em.persist(camera);
        return camera;
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
    public List<Camera> channelsOf(long recorderId) {
        return em.createQuery("select c from Camera c where c.recorderId = :recorder order by c.recorderChannel",
                Camera.class).setParameter("recorder", recorderId).getResultList();
    }

    public Optional<Long> recorderOf(long cameraId) {
        return em.createQuery("select c.recorderId from Camera c where c.id = :camera", Long.class)
                .setParameter("camera", cameraId).getResultStream().filter(Objects::nonNull).findFirst();
    }

    /** What the recorder's own liveness check connects to, its password opened only now. */
    public Optional<ProbeTarget> rootTarget(long recorderId, Duration checkTimeout) {
        return Optional.ofNullable(em.find(Recorder.class, recorderId)).map(r -> new ProbeTarget(r.rootUrl(),
                r.getUsername(), vault.open(r.getEncryptedPassword()), checkTimeout));
    }

    /** Removes the recorder and its channel cameras (with their health history). */
    public void delete(long id) {
        Recorder recorder = find(id);
        List<Long> cameras = lockedChannels(id).stream().map(Camera::getId).toList();
        em.createQuery("delete from Camera c where c.recorderId = :recorder").setParameter("recorder", id)
                .executeUpdate();
        em.remove(recorder);
        cameras.forEach(camera -> changes.fire(new CameraChanged(camera, false)));
    }

    /**
     * New credentials for the recorder and every channel (a rotated password): channels that wait for credentials
     * after AUTH_FAILED are checked again at once.
     */
    public Recorder changeCredentials(long id, String username, String password) {
        Recorder recorder = find(id);
        recorder.changeCredentials(emptyToNull(username), emptyToNull(vault.seal(password)));
        List<Camera> channels = lockedChannels(id);
        channels.forEach(camera -> {
            camera.setUsername(recorder.getUsername());
            camera.setEncryptedPassword(recorder.getEncryptedPassword());
        });
        channels.forEach(camera -> changes.fire(new CameraChanged(camera.getId(), true)));
        return recorder;
    }

    /** The channel cameras, locked one by one in id order, so two transactions that lock several cannot cross. */
    private List<Camera> lockedChannels(long recorderId) {
        return em.createQuery("select c from Camera c where c.recorderId = :recorder order by c.id", Camera.class)
                .setParameter("recorder", recorderId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
