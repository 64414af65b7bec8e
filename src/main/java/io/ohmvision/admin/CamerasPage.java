package io.ohmvision.admin;

import io.ohmvision.cameras.control.CameraListing;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.health.control.HealthQueries;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The camera table (sortable, filterable, with status and thumbnails) and its add / edit / delete dialogs. The table
 * is lazy: each render (a page, a sort, a filter, a live refresh, a change saved) reads one page from the database.
 */
@Named
@ViewScoped
public class CamerasPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CameraListing listing;

    @Inject
    HealthQueries queries;

    @Inject
    CameraEditing editing;

    private CameraTable rows;
    private CameraForm form = new CameraForm();

    @PostConstruct
    void init() {
        rows = new CameraTable(listing, queries);
    }

    public void openNew() {
        form = new CameraForm();
    }

    public void openEdit(long id) {
        form = editing.form(id);
    }

    public void save() {
        editing.save(form);
    }

    public void delete(long id) {
        editing.delete(id);
    }

    public List<String> getConnectionTypes() {
        return Arrays.stream(ConnectionType.values()).map(ConnectionType::wireName).toList();
    }

    public CameraTable getRows() {
        return rows;
    }

    public CameraForm getForm() {
        return form;
    }
}
