package io.ohmvision.channels.cloud;

import java.net.URI;

/**
 * Where Google's OAuth token endpoint and the Smart Device Management API are. Configurable so that tests talk to a
 * local server that answers in Google's published formats.
 *
 * @param api the API base including its version, e.g. https://smartdevicemanagement.googleapis.com/v1
 */
public record NestEndpoints(URI token, URI api) {

    public static final NestEndpoints GOOGLE = new NestEndpoints(URI.create("https://oauth2.googleapis.com/token"),
            URI.create("https://smartdevicemanagement.googleapis.com/v1"));

    URI resource(String path) {
        String base = api.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + path);
    }
}
