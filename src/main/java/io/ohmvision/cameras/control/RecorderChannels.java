package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.cameras.entity.CameraConfiguration;
import io.ohmvision.channels.ConnectionType;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The cameras that are a recorder's channels, as the recorders feature makes, reads, re-keys and removes them with
 * their recorder: each reached at the recorder's address with the recorder's credentials. Every change is announced
 * as a camera change, so health picks it up.
 */
@Stateless
public class RecorderChannels {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CameraChanged> changes;

    /** The recorder a channel is reached through: its id, name, address and credentials (the password sealed). */
    public record Recorder(long id, String name, String ipAddress, int port, String manufacturer, String username,
                           String encryptedPassword) {
    }

    /** One channel to register: its number on the recorder (from 1) and stream URLs without credentials. */
    public record Channel(int number, String mainUrl, String subUrl) {
    }

    /** Registers each channel as a camera named after the recorder. */
    public List<CameraSummary> add(Recorder recorder, List<Channel> channels) {
        List<Camera> cameras = channels.stream().map(channel -> Camera.recorderChannel(new CameraConfiguration(
                recorder.name() + " ch" + channel.number(), recorder.ipAddress(), recorder.port(),
                recorder.manufacturer(), null, null, null, null, ConnectionType.NVR, channel.mainUrl(),
                channel.subUrl(), null, null, true), recorder.id(), channel.number(), recorder.username(),
                recorder.encryptedPassword())).toList();
        cameras.forEach(em::persist);
        em.flush();
        cameras.forEach(c -> changes.fire(new CameraChanged(c.getId(), true)));
        return cameras.stream().map(CameraSummary::of).toList();
    }

    /** The channel cameras, by channel. */
    public List<CameraSummary> of(long recorderId) {
        return em.createQuery("select c from Camera c where c.recorderId = :recorder order by c.recorderChannel",
                Camera.class).setParameter("recorder", recorderId).getResultStream().map(CameraSummary::of).toList();
    }

    /** The recorder a camera is a channel of; empty for any other camera. */
    public Optional<Long> recorderOf(long cameraId) {
        return em.createQuery("select c.recorderId from Camera c where c.id = :camera", Long.class)
                .setParameter("camera", cameraId).getResultStream().filter(id -> id != null).findFirst();
    }

    /** New credentials (a rotated password) for every channel: those waiting after AUTH_FAILED are checked at once. */
    public void changeCredentials(long recorderId, String username, String encryptedPassword) {
        List<Camera> channels = locked(recorderId);
        channels.forEach(camera -> camera.changeCredentials(username, encryptedPassword));
        channels.forEach(camera -> changes.fire(new CameraChanged(camera.getId(), true)));
    }

    /** Removes the channel cameras (with their health history). */
    public void remove(long recorderId) {
        List<Long> cameras = locked(recorderId).stream().map(Camera::getId).toList();
        em.createQuery("delete from Camera c where c.recorderId = :recorder").setParameter("recorder", recorderId)
                .executeUpdate();
        cameras.forEach(camera -> changes.fire(new CameraChanged(camera, false)));
    }

    /** The channel cameras, locked one by one in id order, so two transactions that lock several cannot cross. */
    private List<Camera> locked(long recorderId) {
        return em.createQuery("select c from Camera c where c.recorderId = :recorder order by c.id", Camera.class)
                .setParameter("recorder", recorderId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }
}
