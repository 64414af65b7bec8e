package io.ohmvision.cloud.control;

import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.cloud.NestCredentials;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;

/**
 * A Nest camera as stored: its URL {@code nest://<project id>/<device id>} names the device, its cloud settings
 * (encrypted) hold {@code {"clientId", "clientSecret", "refreshToken"}} of the Device Access project.
 */
public final class NestCloudConfig {

    public static final String SCHEME = "nest";

    private NestCloudConfig() {
    }

    public static String urlOf(String projectId, String deviceId) {
        return SCHEME + "://" + projectId + "/" + deviceId;
    }

    /** enterprises/{project}/devices/{device}; @throws IllegalArgumentException when the URL names no device */
    public static String deviceName(StreamUrl url) {
        String device = url.pathAndQuery().startsWith("/") ? url.pathAndQuery().substring(1) : url.pathAndQuery();
        if (url.host().isEmpty() || device.isEmpty() || device.contains("/") || device.contains("?")) {
            throw new IllegalArgumentException("a Nest camera's URL is nest://<project id>/<device id>");
        }
        return "enterprises/" + url.host() + "/devices/" + device;
    }

    /** @param json the opened cloud settings; @throws IllegalArgumentException naming what is missing */
    public static NestCredentials credentials(String json) {
        if (json == null) {
            throw new IllegalArgumentException("no cloudConfig: an admin sets {\"clientId\", \"clientSecret\", "
                    + "\"refreshToken\"} of the Device Access project");
        }
        JsonObject config;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            config = reader.readObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("cloudConfig is not a JSON object");
        }
        return new NestCredentials(required(config, "clientId"), required(config, "clientSecret"),
                required(config, "refreshToken"));
    }

    private static String required(JsonObject config, String name) {
        if (config.get(name) instanceof JsonString value && !value.getString().isBlank()) {
            return value.getString();
        }
        throw new IllegalArgumentException("cloudConfig." + name + " is missing (clientId, clientSecret and "
                + "refreshToken of the Device Access project are needed)");
    }
}
