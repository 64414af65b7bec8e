package io.ohmvision.admin;

import io.ohmvision.cameras.control.CameraDetails;
import io.ohmvision.cameras.control.CameraPtz;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.onvif.PtzPreset;
import io.ohmvision.channels.onvif.PtzVelocity;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * The PTZ controls of an ONVIF camera's page, for operators and admins: each arrow or zoom button moves at half speed
 * for one second (the camera stops by itself then, so a lost stop cannot leave it turning), stop, home, and the
 * presets, read on demand because asking the camera takes a round trip.
 */
@Named("ptz")
@ViewScoped
public class CameraPtzPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double SPEED = 0.5;
    private static final Duration STEP = Duration.ofSeconds(1);

    @Inject
    CameraDetailPage page;

    @Inject
    CameraPtz ptz;

    @Inject
    ConsoleUser user;

    /** Null until read in this view. */
    private List<PtzPreset> presets;

    /**
     * Shown to operators and admins for a camera with an ONVIF device service, unless its capabilities were read and
     * say no PTZ; before they are read, whether the device has PTZ is its answer to know.
     */
    public boolean isShown() {
        CameraDetails camera = page.getCamera();
        boolean onvif = camera.getOnvifDeviceUrl() != null || camera.getConnectionType() == ConnectionType.ONVIF;
        return user.isEditor() && onvif && (camera.getCapabilities() == null || camera.getCapabilities().ptz());
    }

    /** @param direction up, down, left, right, in or out (the buttons' own constants) */
    public void move(String direction) {
        PtzVelocity velocity = switch (direction) {
            case "up" -> new PtzVelocity(0, SPEED, 0);
            case "down" -> new PtzVelocity(0, -SPEED, 0);
            case "left" -> new PtzVelocity(-SPEED, 0, 0);
            case "right" -> new PtzVelocity(SPEED, 0, 0);
            case "in" -> new PtzVelocity(0, 0, SPEED);
            case "out" -> new PtzVelocity(0, 0, -SPEED);
            default -> throw new IllegalArgumentException("no such direction");
        };
        command("Move failed", () -> ptz.move(page.getId(), velocity, STEP));
    }

    public void stop() {
        command("Stop failed", () -> ptz.stop(page.getId()));
    }

    public void home() {
        command("Home failed", () -> ptz.home(page.getId()));
    }

    public void loadPresets() {
        Feedback.attempt("Reading presets failed", () -> {
            user.requireEditor();
            presets = ptz.presets(page.getId());
        });
    }

    public void gotoPreset(String token) {
        command("Preset failed", () -> ptz.gotoPreset(page.getId(), token));
    }

    public List<PtzPreset> getPresets() {
        return presets;
    }

    private void command(String failed, Runnable command) {
        Feedback.attempt(failed, () -> {
            user.requireEditor();
            command.run();
        });
    }
}
