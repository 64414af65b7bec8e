package io.ohmvision.channels.cloud;

import java.util.Objects;

/**
 * What OhmVision holds for a Device Access project: the OAuth client and the refresh token a user granted. Stored
 * only encrypted (the camera's cloud settings); never printed.
 */
public record NestCredentials(String clientId, String clientSecret, String refreshToken) {

    public NestCredentials {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    @Override
    public String toString() {
        return "NestCredentials[clientId=" + clientId + ", clientSecret=***, refreshToken=***]";
    }
}
