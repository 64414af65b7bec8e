package io.ohmvision.discovery.detect;

/**
 * One device to auto-detect, and what to do with the result.
 *
 * @param ip           IPv4 address of the device
 * @param port         a port to try besides the usual camera ports (a non-standard ONVIF or RTSP port); may be null
 * @param username     may be null or empty for a device without authentication
 * @param password     may be null; never shown, logged or returned
 * @param manufacturer catalogue id when the operator knows the make; null to recognise it
 * @param create       store the result as a new camera
 * @param cameraId     store the result into this camera; null for none
 * @param name         the new camera's name; null for one made from the device's model and address
 * @param moveCredentials with cameraId, an admin's explicit word that the camera's stored password may move with
 *                        the result to an address it was not given for
 */
public record AutoDetectRequest(String ip, Integer port, String username, String password, String manufacturer,
                                boolean create, Long cameraId, String name, boolean moveCredentials) {

    /** A request that moves no stored credentials. */
    public AutoDetectRequest(String ip, Integer port, String username, String password, String manufacturer,
            boolean create, Long cameraId, String name) {
        this(ip, port, username, password, manufacturer, create, cameraId, name, false);
    }

    /** Detection only: nothing is stored. */
    public static AutoDetectRequest detectOnly(String ip, String username, String password) {
        return new AutoDetectRequest(ip, null, username, password, null, false, null, null);
    }

    public boolean saves() {
        return create || cameraId != null;
    }

    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "AutoDetectRequest[ip=" + ip + ", port=" + port + ", username=" + username + ", password="
                + (password == null ? "null" : "***") + ", manufacturer=" + manufacturer + ", create=" + create
                + ", cameraId=" + cameraId + ", name=" + name + ", moveCredentials=" + moveCredentials + "]";
    }
}
