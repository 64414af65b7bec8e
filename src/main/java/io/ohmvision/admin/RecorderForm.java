package io.ohmvision.admin;

import io.ohmvision.recorders.boundary.RecorderRequest;
import java.io.Serializable;

/** The add-recorder form. The password is write-only (its getter answers null) and kept only for an admin. */
public class RecorderForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String manufacturer;
    private String onvifUrl;
    private String ipAddress;
    private Integer port;
    private Integer channels;
    private String username;
    private String password;

    /** Credentials go to the registry only for an admin: an operator's would be refused, so they are dropped. */
    RecorderRequest toRequest(boolean admin) {
        RecorderRequest request = new RecorderRequest();
        request.name = FormValues.blankToNull(name);
        request.manufacturer = FormValues.blankToNull(manufacturer);
        request.onvifUrl = FormValues.blankToNull(onvifUrl);
        request.ipAddress = FormValues.blankToNull(ipAddress);
        request.port = port;
        request.channels = channels;
        request.username = admin ? FormValues.blankToNull(username) : null;
        request.password = admin && password != null && !password.isEmpty() ? password : null;
        return request;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getManufacturer() { return manufacturer; }
    public void setManufacturer(String manufacturer) { this.manufacturer = manufacturer; }
    public String getOnvifUrl() { return onvifUrl; }
    public void setOnvifUrl(String onvifUrl) { this.onvifUrl = onvifUrl; }
    public String getIpAddress() { return ipAddress; }
    public void setIpAddress(String ipAddress) { this.ipAddress = ipAddress; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public Integer getChannels() { return channels; }
    public void setChannels(Integer channels) { this.channels = channels; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    /** Write-only: never rendered. */
    public String getPassword() { return null; }
    public void setPassword(String password) {
        if (password != null && !password.isEmpty()) {
            this.password = password;
        }
    }
}
