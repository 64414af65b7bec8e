package io.ohmvision.admin;

import static io.ohmvision.admin.FormValues.blankToNull;

import io.ohmvision.cameras.boundary.CameraRequest;
import io.ohmvision.cameras.entity.Camera;
import java.io.Serializable;

/**
 * The add/edit dialog's fields. The password is write-only: its getter answers null, so no page ever carries it,
 * and a blank password on edit keeps the stored one.
 */
public class CameraForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Long version;
    private String name;
    private String connectionType;
    private String primaryStreamUrl;
    private String secondaryStreamUrl;
    private String snapshotUrl;
    private String username;
    private String password;
    private String manufacturer;
    private String model;
    private boolean enabled = true;
    private boolean passwordStored;

    static CameraForm of(Camera camera) {
        CameraForm form = new CameraForm();
        form.id = camera.getId();
        form.version = camera.getVersion();
        form.name = camera.getName();
        form.connectionType = camera.getConnectionType() == null ? null : camera.getConnectionType().wireName();
        form.primaryStreamUrl = camera.getPrimaryStreamUrl();
        form.secondaryStreamUrl = camera.getSecondaryStreamUrl();
        form.snapshotUrl = camera.getSnapshotUrl();
        form.username = camera.getUsername();
        form.manufacturer = camera.getManufacturer();
        form.model = camera.getModel();
        form.enabled = camera.isEnabled();
        form.passwordStored = camera.hasPassword();
        return form;
    }

    /** @param withCredentials false for operators: their requests leave the stored credentials alone */
    CameraRequest toRequest(boolean withCredentials) {
        CameraRequest request = new CameraRequest();
        request.name = name;
        request.connectionType = blankToNull(connectionType);
        request.primaryStreamUrl = blankToNull(primaryStreamUrl);
        request.secondaryStreamUrl = blankToNull(secondaryStreamUrl);
        request.snapshotUrl = blankToNull(snapshotUrl);
        request.manufacturer = blankToNull(manufacturer);
        request.model = blankToNull(model);
        request.enabled = enabled;
        request.version = version;
        if (withCredentials) {
            request.username = id == null ? blankToNull(username) : username == null ? "" : username;
            request.password = blankToNull(password);
        }
        return request;
    }

    boolean isNew() {
        return id == null;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getConnectionType() { return connectionType; }
    public void setConnectionType(String connectionType) { this.connectionType = connectionType; }
    public String getPrimaryStreamUrl() { return primaryStreamUrl; }
    public void setPrimaryStreamUrl(String url) { this.primaryStreamUrl = url; }
    public String getSecondaryStreamUrl() { return secondaryStreamUrl; }
    public void setSecondaryStreamUrl(String url) { this.secondaryStreamUrl = url; }
    public String getSnapshotUrl() { return snapshotUrl; }
    public void setSnapshotUrl(String url) { this.snapshotUrl = url; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    /** Write-only: never rendered. */
    public String getPassword() { return null; }
    public void setPassword(String password) { this.password = password; }
    public String getManufacturer() { return manufacturer; }
    public void setManufacturer(String manufacturer) { this.manufacturer = manufacturer; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public boolean isPasswordStored() { return passwordStored; }
}
