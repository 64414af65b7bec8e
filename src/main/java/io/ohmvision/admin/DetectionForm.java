package io.ohmvision.admin;

import static io.ohmvision.admin.FormValues.blankToNull;

import io.ohmvision.discovery.detect.AutoDetectRequest;
import java.io.Serializable;

/**
 * The device the wizard auto-detects, with the credentials to try. The password is write-only (its getter answers
 * null, so it is never rendered) and forgotten once the camera is added.
 */
public class DetectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String ip;
    private Integer port;
    private String manufacturer;
    private String username;
    private String password;
    private String name;

    AutoDetectRequest request() {
        return new AutoDetectRequest(blankToNull(ip), port, blankToNull(username), password(), manufacturer, false,
                null, null);
    }

    /**
     * What adding the detected device stores: this form's name and address, and the credentials that were tried
     * unless left out (an operator adds a camera without them; the registry refuses an operator's recorder with them).
     */
    AutoDetectRequest saving(boolean withCredentials) {
        return new AutoDetectRequest(blankToNull(ip), port, withCredentials ? blankToNull(username) : null,
                withCredentials ? password() : null, manufacturer, true, null, blankToNull(name));
    }

    String password() {
        return password == null || password.isEmpty() ? null : password;
    }

    void forgetPassword() {
        password = null;
    }

    public String getIp() { return ip; }
    public void setIp(String ip) { this.ip = ip; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public String getManufacturer() { return manufacturer; }
    public void setManufacturer(String manufacturer) { this.manufacturer = blankToNull(manufacturer); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    /** Write-only: never rendered. */
    public String getPassword() { return null; }
    public void setPassword(String password) {
        if (password != null && !password.isEmpty()) {
            this.password = password;
        }
    }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
}
