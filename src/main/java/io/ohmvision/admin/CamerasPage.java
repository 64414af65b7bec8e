package io.ohmvision.admin;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.health.control.Causes;
import io.ohmvision.health.control.Fleet;
import io.ohmvision.health.control.HealthQueries;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The camera table (sortable, filterable, with status and thumbnails) and its add / edit / delete dialogs. */
@Named
@ViewScoped
public class CamerasPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HealthQueries queries;

    @Inject
    CameraEditing editing;

    private List<CameraRow> rows;
    private List<CameraRow> filteredRows;
    private CameraForm form = new CameraForm();

    /** One line of the table. */
    public record CameraRow(long id, String name, String address, String manufacturer, String connectionType,
            String level, String causeText, Long latencyMillis, Double uptime30d, Instant lastCheckAt,
            boolean enabled) implements Serializable {
    }

    @PostConstruct
    public void load() {
        Fleet fleet = queries.fleet();
        rows = fleet.cameras().stream().map(s -> new CameraRow(s.camera().getId(), s.camera().getName(),
                s.camera().getIpAddress() == null ? null
                        : s.camera().getIpAddress() + (s.camera().getPort() == null ? "" : ":" + s.camera().getPort()),
                s.camera().getManufacturer(),
                s.camera().getConnectionType() == null ? null : s.camera().getConnectionType().wireName(),
                s.state().level().wireName(), Causes.describe(s.state().cause()), s.state().lastLatencyMillis(),
                fleet.uptimeOf(s.camera().getId()), s.state().lastCheckAt(), s.camera().isEnabled())).toList();
    }

    public void openNew() {
        form = new CameraForm();
    }

    public void openEdit(long id) {
        form = CameraForm.of(editing.find(id));
    }

    public void save() {
        if (editing.save(form) != null) {
            load();
        }
    }

    public void delete(long id) {
        if (editing.delete(id)) {
            load();
        }
    }

    public List<String> getConnectionTypes() {
        return Arrays.stream(ConnectionType.values()).map(ConnectionType::wireName).toList();
    }

    public List<CameraRow> getRows() {
        return rows;
    }

    public List<CameraRow> getFilteredRows() {
        return filteredRows;
    }

    public void setFilteredRows(List<CameraRow> filteredRows) {
        this.filteredRows = filteredRows;
    }

    public CameraForm getForm() {
        return form;
    }
}
