package io.ohmvision.recorders.control;

/**
 * A recorder to add, from any road (the API's request body, the console's form, auto-detect).
 *
 * @param manufacturer catalogue id whose numbering finds the channels; null when {@code onvifUrl} gives them
 * @param onvifUrl     the recorder's ONVIF device service, whose profiles give the channels; may be null
 * @param port         RTSP port of the channels; null for the catalogue's default
 * @param password     never shown, logged or returned
 * @param channels     how many channels to look for by the numbering; null for 16
 */
public record RecorderSettings(String name, String manufacturer, String onvifUrl, String ipAddress, Integer port,
                               String username, String password, Integer channels) {

    /** Never shows the password. */
    @Override
    public String toString() {
        return "RecorderSettings[name=" + name + ", manufacturer=" + manufacturer + ", onvifUrl=" + onvifUrl
                + ", ipAddress=" + ipAddress + ", port=" + port + ", username=" + username + ", password="
                + (password == null ? "null" : "***") + ", channels=" + channels + "]";
    }
}
