package io.ohmvision.admin;

import io.ohmvision.catalog.entity.ManufacturerProfile;
import io.ohmvision.recorders.boundary.RecorderRequest;
import io.ohmvision.recorders.boundary.RecorderView;
import io.ohmvision.recorders.control.RecorderGate;
import io.ohmvision.recorders.control.RecorderRegistry;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Validator;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

/**
 * NVR/DVR recorders: each with its rolled-up state and channels; adding one by the maker's channel numbering and a
 * channel count, or by its ONVIF device service; removing one with its channel cameras. Credentials are for admins.
 */
@Named
@ViewScoped
public class RecordersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RecorderRegistry registry;

    @Inject
    RecorderGate gate;

    @Inject
    ConsoleUser user;

    @Inject
    Validator validator;

    private RecorderForm form = new RecorderForm();

    public List<RecorderView> getRecorders() {
        return registry.list().stream().map(r -> RecorderView.of(r, registry.channelsOf(r.getId()),
                gate.state(r.getId()))).toList();
    }

    public List<ManufacturerProfile> getMakers() {
        return registry.numberingMakers();
    }

    public void add() {
        Feedback.attempt("Recorder not added", () -> {
            user.requireEditor();
            RecorderRequest request = form.toRequest(user.isAdmin());
            RequestValidation.check(validator, request);
            RecorderRegistry.Added added = registry.add(request.settings(), user.isAdmin());
            Feedback.info("Recorder added", added.recorder().getName() + ": " + added.cameras().size()
                    + " channel(s) found" + (added.missing().isEmpty() ? ""
                    : ", " + added.missing().size() + " channel(s) did not answer")
                    + added.notFollowed().stream().map(line -> "; " + line).collect(Collectors.joining()));
            form = new RecorderForm();
        });
    }

    public void delete(long id) {
        Feedback.attempt("Recorder not removed", () -> {
            user.requireEditor();
            String name = registry.find(id).getName();
            registry.delete(id);
            Feedback.info("Recorder removed", name + " and its channel cameras");
        });
    }

    public RecorderForm getForm() {
        return form;
    }
}
