package io.ohmvision.admin;

import io.ohmvision.cameras.boundary.CameraRequest;
import io.ohmvision.cameras.control.CameraListing;
import io.ohmvision.cameras.control.CameraRegistry;
import io.ohmvision.cameras.control.CameraSettings;
import io.ohmvision.cameras.entity.Camera;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;

/**
 * Adding, changing and removing cameras from the console (cameras page, discovery wizard): the role is checked
 * here, the settings get the API's own validation, and the registry's refusals come back as messages.
 */
@RequestScoped
public class CameraEditing {

    @Inject
    CameraRegistry registry;

    @Inject
    CameraListing listing;

    @Inject
    ConsoleUser user;

    @Inject
    Validator validator;

    /** @return the stored camera, or null when refused (the reason is a message) */
    public Camera save(CameraForm form) {
        String failed = form.isNew() ? "Camera not added" : "Camera not saved";
        return Feedback.attempt(failed, () -> {
            user.requireEditor();
            CameraSettings settings = form.applyTo(form.isNew() ? new CameraSettings()
                    : listing.settingsOf(form.getId()), user.isAdmin());
            RequestValidation.check(validator, CameraRequest.class, settings);
            Camera camera = form.isNew() ? registry.create(settings, user.isAdmin())
                    : registry.update(form.getId(), settings, user.isAdmin());
            Feedback.info(form.isNew() ? "Camera added" : "Camera saved", camera.getName());
            return camera;
        });
    }

    public boolean delete(long id) {
        return Feedback.attempt("Camera not removed", () -> {
            user.requireEditor();
            String name = listing.find(id).getName();
            registry.delete(id);
            Feedback.info("Camera removed", name);
        });
    }

    public Camera find(long id) {
        return listing.find(id);
    }
}
