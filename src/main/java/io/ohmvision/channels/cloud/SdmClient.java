package io.ohmvision.channels.cloud;

import io.ohmvision.channels.BoundedJson;
import io.ohmvision.channels.NetworkFailures;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.channels.Verdict;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Google's Smart Device Management API as published: an access token from the OAuth refresh token (kept in memory
 * and renewed a minute before it expires, or at once when the API answers 401), devices listed and read, and the
 * CameraLiveStream commands sent through {@code :executeCommand}. 429 and 5xx answers are retried with exponential
 * backoff (honouring Retry-After); what still fails is a {@link CloudApiException} with an {@link Outcome}. Messages
 * name HTTP statuses and Google's error status codes only, never tokens or Google's free text.
 */
public final class SdmClient implements Closeable {

    static final String SCOPE = "https://www.googleapis.com/auth/sdm.service";
    static final String LIVE_STREAM = "sdm.devices.traits.CameraLiveStream";
    private static final String COMMANDS = "sdm.devices.commands.CameraLiveStream.";
    /** Retries of one call after 429 or 5xx. */
    static final int RETRIES = 3;
    /** Google's answers are a few kilobytes; a stand-in that sends more is not answering. */
    private static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(8);
    private static final Duration RENEW_TOKEN_BEFORE = Duration.ofSeconds(60);

    /** How the client waits between attempts; tests pass one that records instead of sleeping. */
    @FunctionalInterface
    public interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final NestEndpoints endpoints;
    private final NestCredentials credentials;
    private final Clock clock;
    private final Pause pause;
    private final Duration timeout;
    private final CloseableHttpClient http;
    private String accessToken;
    private Instant accessTokenExpires;

    public SdmClient(NestEndpoints endpoints, NestCredentials credentials, Clock clock, Pause pause, Duration timeout) {
        this.endpoints = endpoints;
        this.credentials = credentials;
        this.clock = clock;
        this.pause = pause;
        this.timeout = timeout;
        Timeout budget = Timeout.ofMilliseconds(timeout.toMillis());
        this.http = HttpClientBuilder.create()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(budget)
                                .setSocketTimeout(budget).build()).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .setUserAgent("OhmVision").build();
    }

    /** GET enterprises/{project}/devices. */
    public List<NestDevice> devices(String projectId) throws IOException {
        JsonObject answer = call(new HttpGet(endpoints.resource("enterprises/" + projectId + "/devices")));
        List<NestDevice> devices = new ArrayList<>();
        if (answer.get("devices") instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonObject device) {
                    devices.add(device(device));
                }
            }
        }
        return devices;
    }

    /** GET enterprises/{project}/devices/{device}. */
    public NestDevice device(String deviceName) throws IOException {
        return device(call(new HttpGet(endpoints.resource(deviceName))));
    }

    public RtspStream generateRtspStream(String deviceName) throws IOException {
        JsonObject results = command(deviceName, "GenerateRtspStream", Json.createObjectBuilder().build());
        String url = results.getJsonObject("streamUrls") == null ? null
                : text(results.getJsonObject("streamUrls"), "rtspUrl");
        if (url == null || text(results, "streamExtensionToken") == null) {
            throw new CloudApiException(Outcome.PROTOCOL_ERROR, "GenerateRtspStream answered without a stream URL");
        }
        return new RtspStream(url, text(results, "streamToken"), text(results, "streamExtensionToken"),
                instant(results));
    }

    /** Extends a stream before its expiresAt; the answer carries new tokens, and the URL gets the new one. */
    public RtspStream extendRtspStream(String deviceName, RtspStream stream) throws IOException {
        JsonObject results = command(deviceName, "ExtendRtspStream", Json.createObjectBuilder()
                .add("streamExtensionToken", stream.extensionToken()).build());
        String extension = text(results, "streamExtensionToken");
        return stream.extendedWith(text(results, "streamToken"), extension != null ? extension
                : stream.extensionToken(), instant(results));
    }

    public void stopRtspStream(String deviceName, RtspStream stream) throws IOException {
        command(deviceName, "StopRtspStream", Json.createObjectBuilder()
                .add("streamExtensionToken", stream.extensionToken()).build());
    }

    /** For devices whose supportedProtocols is WEB_RTC only: an SDP offer in, the camera's answer out. */
    public WebRtcStream generateWebRtcStream(String deviceName, String offerSdp) throws IOException {
        JsonObject results = command(deviceName, "GenerateWebRtcStream",
                Json.createObjectBuilder().add("offerSdp", offerSdp).build());
        String answer = text(results, "answerSdp");
        if (answer == null || !answer.startsWith("v=0")) {
            throw new CloudApiException(Outcome.PROTOCOL_ERROR, "GenerateWebRtcStream answered without an SDP answer");
        }
        return new WebRtcStream(answer, text(results, "mediaSessionId"), instant(results));
    }

    public void stopWebRtcStream(String deviceName, WebRtcStream stream) throws IOException {
        command(deviceName, "StopWebRtcStream", Json.createObjectBuilder()
                .add("mediaSessionId", stream.mediaSessionId()).build());
    }

    private JsonObject command(String deviceName, String command, JsonObject params) throws IOException {
        HttpPost post = new HttpPost(endpoints.resource(deviceName + ":executeCommand"));
        post.setEntity(new StringEntity(Json.createObjectBuilder().add("command", COMMANDS + command)
                .add("params", params).build().toString(), ContentType.APPLICATION_JSON));
        JsonObject answer = call(post);
        return answer.get("results") instanceof JsonObject results ? results : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** One API call: bearer token, one refresh on 401, backoff on 429/5xx. */
    private JsonObject call(HttpUriRequestBase request) throws IOException {
        boolean refreshed = false;
        for (int attempt = 0; ; attempt++) {
            request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken());
            Answer answer = send(request);
            if (answer.status() == 401 && !refreshed) {
                refreshed = true;
                forgetAccessToken(); // it expired early or was revoked: get a new one
                attempt--; // a refresh is not a backoff attempt
                continue;
            }
            if (retryable(answer.status()) && attempt < RETRIES) {
                backoff(attempt, answer);
                continue;
            }
            if (answer.status() / 100 == 2) {
                return answer.json().orElse(JsonValue.EMPTY_JSON_OBJECT);
            }
            throw failure("SDM API", answer);
        }
    }

    private synchronized String accessToken() throws IOException {
        if (accessToken == null || !clock.instant().isBefore(accessTokenExpires.minus(RENEW_TOKEN_BEFORE))) {
            refreshAccessToken();
        }
        return accessToken;
    }

    private synchronized void forgetAccessToken() {
        accessToken = null;
    }

    /** POST the refresh token to Google's token endpoint (grant_type=refresh_token). */
    private void refreshAccessToken() throws IOException {
        for (int attempt = 0; ; attempt++) {
            HttpPost post = new HttpPost(endpoints.token());
            post.setEntity(new UrlEncodedFormEntity(List.of(
                    new BasicNameValuePair("client_id", credentials.clientId()),
                    new BasicNameValuePair("client_secret", credentials.clientSecret()),
                    new BasicNameValuePair("refresh_token", credentials.refreshToken()),
                    new BasicNameValuePair("grant_type", "refresh_token")), StandardCharsets.UTF_8));
            Answer answer = send(post);
            if (retryable(answer.status()) && attempt < RETRIES) {
                backoff(attempt, answer);
                continue;
            }
            JsonObject token = answer.json().orElse(JsonValue.EMPTY_JSON_OBJECT);
            if (answer.status() == 200 && text(token, "access_token") != null) {
                accessToken = text(token, "access_token");
                long seconds = token.containsKey("expires_in") ? token.getJsonNumber("expires_in").longValue() : 3600;
                accessTokenExpires = clock.instant().plusSeconds(seconds);
                return;
            }
            if (answer.status() == 400 || answer.status() == 401) {
                // OAuth errors are codes such as invalid_grant (revoked or expired refresh token), invalid_client
                String code = Optional.ofNullable(text(token, "error")).filter(c -> c.matches("[a-z_]{1,40}"))
                        .orElse("no error code");
                throw new CloudApiException(Outcome.AUTH_FAILED, "Google refused the OAuth refresh token ("
                        + code + "): authorise the Device Access project again");
            }
            throw failure("Google's token endpoint", answer);
        }
    }

    private static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    /** Exponential from half a second, or what Retry-After asks, never more than a few seconds. */
    private void backoff(int attempt, Answer answer) throws IOException {
        Duration delay = FIRST_BACKOFF.multipliedBy(1L << attempt);
        if (answer.retryAfterSeconds() != null) {
            delay = Duration.ofSeconds(answer.retryAfterSeconds());
        }
        delay = delay.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : delay;
        try {
            pause.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudApiException(Outcome.TIMEOUT, "interrupted while backing off");
        }
    }

    private static CloudApiException failure(String who, Answer answer) {
        String status = answer.json().map(SdmClient::googleStatus).orElse(null);
        String what = who + " answered " + answer.status() + (status == null ? "" : " " + status);
        Outcome outcome = switch (answer.status()) {
            case 401, 403 -> Outcome.AUTH_FAILED;
            case 404 -> Outcome.NOT_FOUND;
            case 429 -> Outcome.BUSY;
            case 400 -> "FAILED_PRECONDITION".equals(status) ? Outcome.UNSUPPORTED : Outcome.PROTOCOL_ERROR;
            default -> answer.status() >= 500 ? Outcome.BUSY : Outcome.PROTOCOL_ERROR;
        };
        return new CloudApiException(outcome, answer.status() >= 500 || answer.status() == 429
                ? what + " after " + (RETRIES + 1) + " attempts" : what);
    }

    /** Google's error body: {"error": {"code": 404, "message": "...", "status": "NOT_FOUND"}}. */
    private static String googleStatus(JsonObject body) {
        if (body.get("error") instanceof JsonObject error && error.get("status") instanceof JsonString status
                && status.getString().matches("[A-Z_]{1,40}")) {
            return status.getString();
        }
        return null;
    }

    private record Answer(int status, byte[] body, Integer retryAfterSeconds) {
        Optional<JsonObject> json() {
            if (body.length == 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(BoundedJson.readObject(body));
            } catch (JsonException | IllegalStateException notJson) {
                return Optional.empty();
            }
        }
    }

    private Answer send(HttpUriRequestBase request) throws CloudApiException {
        try {
            return http.execute(request, response -> {
                Header retryAfter = response.getFirstHeader(HttpHeaders.RETRY_AFTER);
                Integer seconds = retryAfter != null && retryAfter.getValue().strip().matches("\\d{1,4}")
                        ? Integer.valueOf(retryAfter.getValue().strip()) : null;
                byte[] body = response.getEntity() == null ? new byte[0] : bounded(response.getEntity());
                return new Answer(response.getCode(), body, seconds);
            });
        } catch (IOException e) {
            Verdict verdict = NetworkFailures.classify(e, timeout);
            throw new CloudApiException(verdict.outcome(), host(request) + ": " + verdict.reason());
        }
    }

    private static byte[] bounded(HttpEntity entity) throws IOException {
        try (InputStream in = entity.getContent()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new PeerProtocolException("answer larger than " + MAX_BODY_BYTES / 1024 + " kB");
            }
            return body;
        }
    }

    private static String host(HttpUriRequestBase request) {
        try {
            URI uri = request.getUri();
            return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        } catch (java.net.URISyntaxException e) {
            return "cloud API";
        }
    }

    private static NestDevice device(JsonObject device) {
        List<String> protocols = new ArrayList<>();
        String customName = null;
        if (device.get("traits") instanceof JsonObject traits) {
            if (traits.get(LIVE_STREAM) instanceof JsonObject live
                    && live.get("supportedProtocols") instanceof JsonArray supported) {
                supported.getValuesAs(JsonString.class).forEach(p -> protocols.add(p.getString()));
            }
            if (traits.get("sdm.devices.traits.Info") instanceof JsonObject info) {
                customName = text(info, "customName");
            }
        }
        String room = device.get("parentRelations") instanceof JsonArray parents && !parents.isEmpty()
                && parents.get(0) instanceof JsonObject parent ? text(parent, "displayName") : null;
        return new NestDevice(text(device, "name"), text(device, "type"), protocols,
                customName != null && !customName.isEmpty() ? customName : room);
    }

    private static Instant instant(JsonObject results) throws CloudApiException {
        String value = text(results, "expiresAt");
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new CloudApiException(Outcome.PROTOCOL_ERROR, "expiresAt is not an RFC 3339 time");
        }
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString value ? value.getString() : null;
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }
}
