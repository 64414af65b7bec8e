package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Requests whose path goes on the wire exactly as written (`;`, `%3B`, `//` and upper case untouched), which
 * REST Assured would normalise or encode: for the tests of path variants.
 */
public final class RawRequests {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String authorization;

    private RawRequests(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    public static RawRequests anonymous(RunningServer server) {
        return new RawRequests(server.payara().baseUri(), null);
    }

    public static RawRequests as(RunningServer server, String user, String password) {
        return new RawRequests(server.payara().baseUri(), "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** @param rawPath sent as is, beginning with / */
    public HttpResponse<String> send(String method, String rawPath, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + rawPath))
                .timeout(Duration.ofSeconds(30)).header("Accept", "*/*")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + rawPath, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
