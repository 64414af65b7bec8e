package io.ohmvision.admin;

import io.ohmvision.cameras.control.CameraCapabilityRefresh;
import io.ohmvision.cameras.entity.CameraCapabilities;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the camera's ONVIF device can do, as badges on its page, and a button for operators and admins to read it
 * again (a round trip to the device, so only on demand).
 */
@Named("capabilities")
@ViewScoped
public class CameraCapabilitiesPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CameraDetailPage page;

    @Inject
    CameraCapabilityRefresh refresh;

    @Inject
    ConsoleUser user;

    /** Null until read from the device. */
    public CameraCapabilities getRead() {
        return page.getCamera().getCapabilities();
    }

    /** One badge per capability the device announced; audio with its count. */
    public List<String> getBadges() {
        CameraCapabilities read = getRead();
        List<String> badges = new ArrayList<>();
        if (read == null) {
            return badges;
        }
        addIf(badges, read.ptz(), "PTZ");
        addIf(badges, read.audioIn() > 0, "Audio in ×" + read.audioIn());
        addIf(badges, read.audioOut() > 0, "Audio out ×" + read.audioOut());
        addIf(badges, read.events(), "Events");
        addIf(badges, read.imaging(), "Imaging");
        addIf(badges, read.analytics(), "Analytics");
        addIf(badges, read.recording(), "Recording");
        return badges;
    }

    private static void addIf(List<String> badges, boolean has, String badge) {
        if (has) {
            badges.add(badge);
        }
    }

    public void refresh() {
        Feedback.attempt("Reading capabilities failed", () -> {
            user.requireEditor();
            refresh.refresh(page.getId());
            page.refresh();
            Feedback.info("Capabilities read", "The device answered");
        });
    }
}
