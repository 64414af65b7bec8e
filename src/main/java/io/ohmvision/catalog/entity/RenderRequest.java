package io.ohmvision.catalog.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values a URL template is filled with. Immutable; the {@code with*} methods return copies.
 *
 * @param host          host name, IPv4 or IPv6 address (brackets optional)
 * @param channel       channel counted from 1
 * @param portOverrides ports by profile port name (rtsp, http, ...), replacing the profile defaults
 * @param user          may be null (no credentials)
 * @param password      may be null
 * @param parameters    values for {name}, {token}, {projectId}, {deviceId}
 */
public record RenderRequest(String host, int channel, Map<String, Integer> portOverrides, String user,
                            String password, Map<String, String> parameters) {

    public RenderRequest {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required");
        }
        if (channel < 1) {
            throw new IllegalArgumentException("channel counts from 1, got " + channel);
        }
        host = host.strip();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        portOverrides.forEach((name, number) -> {
            if (number == null || number < 1 || number > 65535) {
                throw new IllegalArgumentException("port '" + name + "' must be within 1..65535, got " + number);
            }
        });
        portOverrides = Map.copyOf(portOverrides);
        parameters = Map.copyOf(parameters);
    }

    public static RenderRequest forHost(String host) {
        return new RenderRequest(host, 1, Map.of(), null, null, Map.of());
    }

    public RenderRequest withChannel(int newChannel) {
        return new RenderRequest(host, newChannel, portOverrides, user, password, parameters);
    }

    public RenderRequest withCredentials(String newUser, String newPassword) {
        return new RenderRequest(host, channel, portOverrides, newUser, newPassword, parameters);
    }

    public RenderRequest withPort(String portName, int number) {
        Map<String, Integer> ports = new HashMap<>(portOverrides);
        ports.put(portName, number);
        return new RenderRequest(host, channel, ports, user, password, parameters);
    }

    public RenderRequest withParameter(Placeholder placeholder, String value) {
        Map<String, String> values = new HashMap<>(parameters);
        values.put(placeholder.templateName(), value);
        return new RenderRequest(host, channel, portOverrides, user, password, values);
    }

    public Optional<String> parameter(Placeholder placeholder) {
        return Optional.ofNullable(parameters.get(placeholder.templateName()));
    }

    public boolean hasCredentials() {
        return user != null && !user.isEmpty();
    }

    /** Never shows the password or secret parameters. */
    @Override
    public String toString() {
        return "RenderRequest[host=" + host + ", channel=" + channel + ", ports=" + portOverrides + ", user=" + user
                + ", password=" + (password == null ? "null" : "***") + ", parameters=" + parameters.keySet() + "]";
    }
}
