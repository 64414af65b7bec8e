package io.ohmvision.channels.webhook;

import io.ohmvision.channels.BoundedJson;
import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.channels.onvif.SafeXml;
import io.ohmvision.channels.onvif.SoapElement;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what cameras push: Hikvision's EventNotificationAlert (XML, or the same fields as JSON), ONVIF Basic
 * Notification ({@code wsnt:Notify}, with or without its SOAP envelope), and plain JSON objects. The format is told
 * by the body itself, since cameras label their bodies loosely. XML goes through {@link SafeXml}: a DOCTYPE, and
 * with it every entity, is refused, and depth and size are capped; JSON through {@link BoundedJson}.
 */
public final class WebhookPayloads {

    /** More messages than this in one ONVIF Notify is not a camera talking. */
    static final int MAX_EVENTS_PER_PUSH = 100;

    private WebhookPayloads() {
    }

    /** @throws PeerProtocolException when the body is empty, not well-formed, or in no known shape */
    public static List<PushedEvent> read(byte[] body) throws PeerProtocolException {
        int first = firstNonBlank(body);
        if (first < 0) {
            throw new PeerProtocolException("empty body");
        }
        return switch (body[first]) {
            case '<' -> xml(SafeXml.parse(body));
            case '{' -> List.of(json(body));
            default -> throw new PeerProtocolException("body is neither XML nor a JSON object");
        };
    }

    private static int firstNonBlank(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            // a UTF-8 byte order mark is skipped like white space
            if (!Character.isWhitespace(body[i]) && (body[i] & 0xFF) != 0xEF && (body[i] & 0xFF) != 0xBB
                    && (body[i] & 0xFF) != 0xBF) {
                return i;
            }
        }
        return -1;
    }

    private static List<PushedEvent> xml(SoapElement root) throws PeerProtocolException {
        if (root.localName().equals("EventNotificationAlert")) {
            return List.of(hikvision(root.text("eventType"), root.text("eventState"),
                    Optional.ofNullable(root.text("channelID")).orElse(root.text("dynChannelID")),
                    root.text("dateTime")));
        }
        SoapElement notify = root.localName().equals("Notify") ? root : root.descendant("Notify")
                .orElseThrow(() -> new PeerProtocolException("XML is neither an EventNotificationAlert nor a "
                        + "wsnt:Notify"));
        List<SoapElement> messages = notify.children("NotificationMessage");
        if (messages.isEmpty()) {
            throw new PeerProtocolException("wsnt:Notify carries no NotificationMessage");
        }
        if (messages.size() > MAX_EVENTS_PER_PUSH) {
            throw new PeerProtocolException("wsnt:Notify carries more than " + MAX_EVENTS_PER_PUSH + " messages");
        }
        List<PushedEvent> events = new ArrayList<>();
        for (SoapElement message : messages) {
            events.add(onvif(message));
        }
        return events;
    }

    /** Topic, then the ONVIF tt:Message: its UtcTime, the first Source item (the channel) and first Data item. */
    private static PushedEvent onvif(SoapElement notification) {
        Optional<SoapElement> message = notification.child("Message", "Message");
        String channel = message.flatMap(m -> m.child("Source", "SimpleItem")).map(i -> i.attribute("Value"))
                .orElse(null);
        String state = message.flatMap(m -> m.child("Data", "SimpleItem")).map(i -> i.attribute("Value"))
                .orElse(null);
        String time = message.map(m -> m.attribute("UtcTime")).orElse(null);
        return new PushedEvent("onvif", notification.text("Topic"), state, channel, time, false);
    }

    private static PushedEvent json(byte[] body) throws PeerProtocolException {
        JsonObject object;
        try {
            object = BoundedJson.readObject(body);
        } catch (JsonException | IllegalStateException invalid) {
            // the parser's message quotes the body, which is the caller's text: not passed on
            throw new PeerProtocolException("body is not a well-formed JSON object");
        }
        if (object.get("EventNotificationAlert") instanceof JsonObject alert) {
            return hikvision(text(alert, "eventType"), text(alert, "eventState"), text(alert, "channelID"),
                    text(alert, "dateTime"));
        }
        if (object.containsKey("eventType") && object.containsKey("eventState")) {
            return hikvision(text(object, "eventType"), text(object, "eventState"), text(object, "channelID"),
                    text(object, "dateTime"));
        }
        String type = first(object, "eventType", "event", "type");
        return new PushedEvent("json", type, first(object, "state", "eventState", "action"),
                first(object, "channel", "channelID", "channelId"), first(object, "time", "dateTime", "timestamp"),
                type != null && type.equalsIgnoreCase("heartbeat"));
    }

    /** Repeated videoloss/inactive is Hikvision's "still here" (pyHik runs its watchdog on it). */
    private static PushedEvent hikvision(String type, String state, String channel, String time) {
        boolean heartbeat = "videoloss".equalsIgnoreCase(type) && "inactive".equalsIgnoreCase(state);
        return new PushedEvent("hikvision", type, state, channel, time, heartbeat);
    }

    private static String first(JsonObject object, String... names) {
        for (String name : names) {
            String value = text(object, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Strings as they are, numbers and booleans as their JSON text; anything else counts as absent. */
    private static String text(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null) {
            return null;
        }
        return switch (value.getValueType()) {
            case STRING -> object.getString(name);
            case NUMBER, TRUE, FALSE -> value.toString().toLowerCase(Locale.ROOT);
            default -> null;
        };
    }
}
