package io.ohmvision.admin;

import static io.ohmvision.admin.FormValues.blankToNull;

import io.ohmvision.cameras.control.CameraSettings;
import java.io.Serializable;

/**
 * The add/edit dialog's fields. The password is write-only: its getter answers null, so no page ever carries it,
 * and a blank password on edit keeps the stored one. Changing the URLs to an address the stored password was not
 * given for needs the password typed again, or an admin's explicit "move the stored password".
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
    private boolean moveCredentials;

    /**
     * The dialog's fields of a stored camera, from its settings as stored ({@link CameraSettings#of}): whether it has
     * a password, never the password.
     */
    static CameraForm of(long id, boolean passwordStored, CameraSettings stored) {
        CameraForm form = new CameraForm();
        form.id = id;
        form.passwordStored = passwordStored;
        form.version = stored.version;
        form.name = stored.name;
        form.connectionType = stored.connectionType;
        form.primaryStreamUrl = stored.primaryStreamUrl;
        form.secondaryStreamUrl = stored.secondaryStreamUrl;
        form.snapshotUrl = stored.snapshotUrl;
        form.username = stored.username;
        form.manufacturer = stored.manufacturer;
        form.model = stored.model;
        form.enabled = !Boolean.FALSE.equals(stored.enabled);
        return form;
    }

    /**
     * This form's fields on top of the camera as stored ({@link CameraSettings#of}, or empty settings for a new
     * one): the dialog shows only some fields, and the others (address, port, firmware, MAC, connection settings)
     * must stay as they are rather than be cleared.
     *
     * @param withCredentials false for operators: their requests leave the user name alone and carry a password only
     *                        as typed again, to move the camera to another address (the registry refuses one that
     *                        differs from the stored password); nor may they move the stored one
     */
    CameraSettings applyTo(CameraSettings stored, boolean withCredentials) {
        stored.version = version;
        stored.name = name;
        stored.connectionType = blankToNull(connectionType);
        stored.primaryStreamUrl = blankToNull(primaryStreamUrl);
        stored.secondaryStreamUrl = blankToNull(secondaryStreamUrl);
        stored.snapshotUrl = blankToNull(snapshotUrl);
        stored.manufacturer = blankToNull(manufacturer);
        stored.model = blankToNull(model);
        stored.enabled = enabled;
        stored.username = withCredentials ? (id == null ? blankToNull(username) : username == null ? "" : username)
                : null;
        stored.password = withCredentials || passwordStored ? blankToNull(password) : null;
        stored.moveCredentials = withCredentials && moveCredentials ? Boolean.TRUE : null;
        return stored;
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
    public boolean isMoveCredentials() { return moveCredentials; }
    public void setMoveCredentials(boolean moveCredentials) { this.moveCredentials = moveCredentials; }
}
