package io.ohmvision.cloud.control;

import io.ohmvision.channels.cloud.CloudApiException;
import io.ohmvision.channels.cloud.NestCredentials;
import io.ohmvision.channels.cloud.NestDevice;
import io.ohmvision.channels.cloud.SdmClient;
import io.ohmvision.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.time.Clock;
import java.util.List;

/** The cameras a Device Access project can see: what adding Nest cameras (by hand or auto-detect) starts from. */
@ApplicationScoped
public class NestDirectory {

    @Inject
    NestSettings settings;

    @Inject
    Clock clock;

    /**
     * @return the project's devices that stream (RTSP or WebRTC); each becomes a camera with the URL
     *         {@link NestCloudConfig#urlOf} and the same credentials as its cloud settings
     * @throws CloudApiException classified (AUTH_FAILED for a refused refresh token, BUSY, ...)
     */
    public List<NestDevice> cameras(String projectId, NestCredentials credentials) throws IOException {
        try (SdmClient client = new SdmClient(settings.endpoints(), credentials, clock,
                duration -> Thread.sleep(duration.toMillis()), settings.timeout())) {
            return client.devices(projectId).stream().filter(d -> !d.protocols().isEmpty()).toList();
        }
    }

    /**
     * The project's cameras as they are registered (the API's listing and auto-detect's).
     *
     * @throws ProblemException 502 naming Google's refusal (AUTH_FAILED, BUSY, ...), never a token
     */
    public List<NestCamera> camerasOf(String projectId, NestCredentials credentials) {
        try {
            return cameras(projectId, credentials).stream().map(d -> NestCamera.of(projectId, d)).toList();
        } catch (CloudApiException e) {
            throw new ProblemException(Status.BAD_GATEWAY, "Google Nest: " + e.outcome() + ", " + e.getMessage());
        } catch (IOException e) {
            throw new ProblemException(Status.BAD_GATEWAY, "Google Nest: unreadable answer");
        }
    }
}
