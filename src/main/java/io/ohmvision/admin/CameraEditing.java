package io.ohmvision.admin;

import io.ohmvision.cameras.boundary.CameraRequest;
import io.ohmvision.cameras.control.CameraListing;
import io.ohmvision.cameras.control.CameraRegistry;
import io.ohmvision.cameras.control.CameraSettings;
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

    /** @return whether it was stored (when refused, the reason is a message) */
    public boolean save(CameraForm form) {
        String failed = form.isNew() ? "Camera not added" : "Camera not saved";
        return Feedback.attempt(failed, () -> {
            user.requireEditor();
            CameraSettings settings = form.applyTo(form.isNew() ? new CameraSettings()
                    : listing.settingsOf(form.getId()), user.isAdmin());
            RequestValidation.check(validator, CameraRequest.class, settings);
            if (form.isNew()) {
                registry.create(settings, user.isAdmin());
            } else {
                registry.update(form.getId(), settings, user.isAdmin());
            }
            // the name as stored: the registry refused a blank one and stores it trimmed
            Feedback.info(form.isNew() ? "Camera added" : "Camera saved", settings.name.trim());
        });
    }

    public boolean delete(long id) {
        return Feedback.attempt("Camera not removed", () -> {
            user.requireEditor();
            String name = listing.details(id).getName();
            registry.delete(id);
            Feedback.info("Camera removed", name);
        });
    }

    /** The edit dialog of a stored camera. */
    public CameraForm form(long id) {
        return CameraForm.of(id, listing.details(id).isHasPassword(), listing.settingsOf(id));
    }
}
