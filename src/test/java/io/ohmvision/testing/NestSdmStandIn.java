package io.ohmvision.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for Google's OAuth token endpoint and the Smart Device Management API, answering in the formats
 * Google publishes (developers.google.com/nest/device-access: "Use the API", the CameraLiveStream trait, the error
 * reference; Google's OAuth 2.0 token endpoint). No real peer can be installed for a cloud API, so this is the one
 * stand-in the tests use. It serves two cameras of one project: a legacy one streaming RTSP (its stream URL points
 * at a real RTSP server the test gives, with ?auth=&lt;stream token&gt;) and a newer one with WebRTC only. Tests can
 * revoke the access tokens (401 UNAUTHENTICATED), queue 429 RESOURCE_EXHAUSTED or 5xx answers, and read which
 * requests were made.
 */
public final class NestSdmStandIn implements AutoCloseable {

    public static final String PROJECT = "5f0c2d1e-ohmvision-test";
    public static final String RTSP_DEVICE = "AVPHwEuBfnPOnTqzVFT4IONX2Qqhu9EJ4ubO-bNnQ-yi";
    public static final String WEBRTC_DEVICE = "AVPHwEtyzgSxu6EuaIOfvzmr7oaxdgpt2HHj2KqCuUMF";
    public static final String CLIENT_ID = "78212392-ohmvision.apps.googleusercontent.com";
    public static final String CLIENT_SECRET = "GOCSPX-stand-in-client-secret";
    public static final String REFRESH_TOKEN = "1//0g-stand-in-refresh-token";

    private final HttpServer server;
    private final Set<String> validAccessTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, String> streamsByExtensionToken = new ConcurrentHashMap<>();
    private final Deque<Integer> failures = new ArrayDeque<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile String rtspBase = "rtsp://127.0.0.1:1/nowhere";
    private volatile Duration streamLifetime = Duration.ofMinutes(5);

    private NestSdmStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/token", this::token);
        server.createContext("/v1/", this::api);
        server.start();
    }

    public static NestSdmStandIn start() {
        try {
            return new NestSdmStandIn();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the SDM stand-in", e);
        }
    }

    public URI tokenUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
    }

    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** Where GenerateRtspStream points: a real RTSP server's stream (the stand-in adds ?auth=). */
    public void streamFrom(String rtspUrl) {
        rtspBase = rtspUrl;
    }

    public void streamLifetime(Duration lifetime) {
        streamLifetime = lifetime;
    }

    /** Every access token handed out so far stops working, as when it expires early or is revoked. */
    public void revokeAccessTokens() {
        validAccessTokens.clear();
    }

    /** The next requests (token or API) answer these statuses, in order. */
    public synchronized void failNext(Integer... statuses) {
        failures.addAll(List.of(statuses));
    }

    /** Requests so far, as "POST /token", "GET /v1/...", or the command name for executeCommand. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    public long count(String request) {
        return requests.stream().filter(request::equals).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized Integer nextFailure() {
        return failures.poll();
    }

    private void token(HttpExchange exchange) throws IOException {
        requests.add("POST /token");
        Integer failure = nextFailure();
        if (failure != null) {
            sendFailure(exchange, failure);
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!"POST".equals(exchange.getRequestMethod()) || !"refresh_token".equals(form.get("grant_type"))) {
            send(exchange, 400, Json.createObjectBuilder().add("error", "unsupported_grant_type")
                    .add("error_description", "Invalid grant_type: " + form.get("grant_type")));
            return;
        }
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            send(exchange, 401, Json.createObjectBuilder().add("error", "invalid_client")
                    .add("error_description", "Unauthorized"));
            return;
        }
        if (!REFRESH_TOKEN.equals(form.get("refresh_token"))) {
            send(exchange, 400, Json.createObjectBuilder().add("error", "invalid_grant")
                    .add("error_description", "Token has been expired or revoked."));
            return;
        }
        String accessToken = "ya29.a0stand-in-" + UUID.randomUUID();
        validAccessTokens.add(accessToken);
        send(exchange, 200, Json.createObjectBuilder().add("access_token", accessToken).add("expires_in", 3599)
                .add("scope", "https://www.googleapis.com/auth/sdm.service").add("token_type", "Bearer"));
    }

    private void api(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String command = path.endsWith(":executeCommand") ? command(body) : null;
        requests.add(command != null ? command : exchange.getRequestMethod() + " " + path);
        Integer failure = nextFailure();
        if (failure != null) {
            sendFailure(exchange, failure);
            return;
        }
        if (authorization == null || !authorization.startsWith("Bearer ")
                || !validAccessTokens.contains(authorization.substring(7))) {
            sendFailure(exchange, 401);
            return;
        }
        String prefix = "/v1/enterprises/" + PROJECT + "/devices";
        if (path.equals(prefix) && exchange.getRequestMethod().equals("GET")) {
            send(exchange, 200, Json.createObjectBuilder().add("devices", Json.createArrayBuilder()
                    .add(device(RTSP_DEVICE, "RTSP", "Front door")).add(device(WEBRTC_DEVICE, "WEB_RTC", "Garage"))));
            return;
        }
        String device = path.startsWith(prefix + "/") ? path.substring(prefix.length() + 1) : "";
        String id = device.replace(":executeCommand", "");
        if (!id.equals(RTSP_DEVICE) && !id.equals(WEBRTC_DEVICE)) {
            send(exchange, 404, error(404, "Device " + id + " not found.", "NOT_FOUND"));
        } else if (command == null) {
            send(exchange, 200, device(id, id.equals(RTSP_DEVICE) ? "RTSP" : "WEB_RTC",
                    id.equals(RTSP_DEVICE) ? "Front door" : "Garage"));
        } else {
            execute(exchange, id, command, params(body));
        }
    }

    private void execute(HttpExchange exchange, String device, String command, JsonObject params) throws IOException {
        boolean rtsp = device.equals(RTSP_DEVICE);
        String expiresAt = Instant.now().plus(streamLifetime).toString();
        switch (command) {
            case "sdm.devices.commands.CameraLiveStream.GenerateRtspStream" -> {
                if (!rtsp) {
                    send(exchange, 400, error(400, "Command not supported.", "FAILED_PRECONDITION"));
                    return;
                }
                String streamToken = "g.0.streamingToken" + UUID.randomUUID();
                String extension = "CjY5Y3VKaTZwR3o4Y19YbTVfMF" + UUID.randomUUID();
                streamsByExtensionToken.put(extension, streamToken);
                send(exchange, 200, results(Json.createObjectBuilder()
                        .add("streamUrls", Json.createObjectBuilder().add("rtspUrl", rtspBase + "?auth=" + streamToken))
                        .add("streamExtensionToken", extension).add("streamToken", streamToken)
                        .add("expiresAt", expiresAt)));
            }
            case "sdm.devices.commands.CameraLiveStream.ExtendRtspStream" -> {
                String extension = params.getString("streamExtensionToken", "");
                if (streamsByExtensionToken.remove(extension) == null) {
                    send(exchange, 400, error(400, "Invalid stream extension token.", "INVALID_ARGUMENT"));
                    return;
                }
                String streamToken = "g.0.newStreamingToken" + UUID.randomUUID();
                String next = "dGNUlTU2CjY5Y3VKaTZwR3o4Y1" + UUID.randomUUID();
                streamsByExtensionToken.put(next, streamToken);
                send(exchange, 200, results(Json.createObjectBuilder().add("streamExtensionToken", next)
                        .add("streamToken", streamToken).add("expiresAt", expiresAt)));
            }
            case "sdm.devices.commands.CameraLiveStream.StopRtspStream" -> {
                streamsByExtensionToken.remove(params.getString("streamExtensionToken", ""));
                send(exchange, 200, Json.createObjectBuilder());
            }
            case "sdm.devices.commands.CameraLiveStream.GenerateWebRtcStream" -> {
                if (rtsp || !params.getString("offerSdp", "").startsWith("v=0")) {
                    send(exchange, 400, error(400, rtsp ? "Command not supported." : "Invalid SDP offer.",
                            rtsp ? "FAILED_PRECONDITION" : "INVALID_ARGUMENT"));
                    return;
                }
                send(exchange, 200, results(Json.createObjectBuilder()
                        .add("answerSdp", "v=0\r\no=- 0 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n")
                        .add("expiresAt", expiresAt).add("mediaSessionId", "meeting-" + UUID.randomUUID())));
            }
            case "sdm.devices.commands.CameraLiveStream.ExtendWebRtcStream",
                    "sdm.devices.commands.CameraLiveStream.StopWebRtcStream" ->
                    send(exchange, 200, command.endsWith("StopWebRtcStream") ? Json.createObjectBuilder()
                            : results(Json.createObjectBuilder().add("expiresAt", expiresAt)
                                    .add("mediaSessionId", params.getString("mediaSessionId", ""))));
            default -> send(exchange, 400, error(400, "Invalid command.", "INVALID_ARGUMENT"));
        }
    }

    private static JsonObjectBuilder device(String id, String protocol, String room) {
        return Json.createObjectBuilder()
                .add("name", "enterprises/" + PROJECT + "/devices/" + id)
                .add("type", protocol.equals("RTSP") ? "sdm.devices.types.CAMERA" : "sdm.devices.types.DOORBELL")
                .add("assignee", "enterprises/" + PROJECT + "/structures/structure-id/rooms/room-id")
                .add("traits", Json.createObjectBuilder()
                        .add("sdm.devices.traits.Info", Json.createObjectBuilder().add("customName", ""))
                        .add("sdm.devices.traits.CameraLiveStream", Json.createObjectBuilder()
                                .add("maxVideoResolution", Json.createObjectBuilder().add("width", 640)
                                        .add("height", 480))
                                .add("videoCodecs", Json.createArrayBuilder().add("H264"))
                                .add("audioCodecs", Json.createArrayBuilder().add("AAC"))
                                .add("supportedProtocols", Json.createArrayBuilder().add(protocol))))
                .add("parentRelations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("parent", "enterprises/" + PROJECT + "/structures/structure-id/rooms/room-id")
                        .add("displayName", room)));
    }

    private static JsonObjectBuilder results(JsonObjectBuilder results) {
        return Json.createObjectBuilder().add("results", results);
    }

    /** Google's API error body. */
    private static JsonObjectBuilder error(int code, String message, String status) {
        return Json.createObjectBuilder().add("error", Json.createObjectBuilder().add("code", code)
                .add("message", message).add("status", status));
    }

    private void sendFailure(HttpExchange exchange, int status) throws IOException {
        switch (status) {
            case 401 -> send(exchange, 401, error(401, "Request had invalid authentication credentials. Expected "
                    + "OAuth 2 access token, login cookie or other valid authentication credential.",
                    "UNAUTHENTICATED"));
            case 429 -> {
                exchange.getResponseHeaders().add("Retry-After", "1");
                send(exchange, 429, error(429, "Resource has been exhausted (e.g. check quota).",
                        "RESOURCE_EXHAUSTED"));
            }
            case 500 -> send(exchange, 500, error(500, "Internal error encountered.", "INTERNAL"));
            default -> send(exchange, status, error(status, "The service is currently unavailable.", "UNAVAILABLE"));
        }
    }

    private static String command(String body) {
        return read(body).getString("command", "");
    }

    private static JsonObject params(String body) {
        JsonObject params = read(body).getJsonObject("params");
        return params == null ? JsonObject.EMPTY_JSON_OBJECT : params;
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body.isEmpty() ? "{}" : body))) {
            return reader.readObject();
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> values = new HashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void send(HttpExchange exchange, int status, JsonObjectBuilder body) throws IOException {
        byte[] bytes = body.build().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
