package io.ohmvision.channels.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.PeerProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookPayloadsTest {

    private static byte[] resource(String name) throws Exception {
        return WebhookPayloadsTest.class.getResourceAsStream("/webhook/" + name).readAllBytes();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsAHikvisionAlert() throws Exception {
        assertThat(WebhookPayloads.read(resource("hikvision-vmd.xml"))).containsExactly(new PushedEvent(
                "hikvision", "VMD", "active", "1", "2026-11-25T21:03:11+01:00", false));
    }

    @Test
    void hikvisionVideolossInactiveIsAHeartbeat() throws Exception {
        List<PushedEvent> events = WebhookPayloads.read(resource("hikvision-heartbeat.xml"));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.heartbeat()).isTrue();
            assertThat(e.channel()).isEqualTo("1");
        });
    }

    @Test
    void readsEveryMessageOfAnOnvifNotify() throws Exception {
        assertThat(WebhookPayloads.read(resource("onvif-notify.xml"))).containsExactly(
                new PushedEvent("onvif", "tns1:VideoSource/MotionAlarm", "true", "VideoSource_1",
                        "2026-11-25T20:03:11Z", false),
                new PushedEvent("onvif", "tns1:RuleEngine/CellMotionDetector/Motion", "false", "VideoSourceToken",
                        "2026-11-25T20:03:12Z", false));
    }

    @Test
    void readsHikvisionJsonAndPlainJson() throws Exception {
        assertThat(WebhookPayloads.read(utf8("{\"EventNotificationAlert\": {\"eventType\": \"linedetection\", "
                + "\"eventState\": \"active\", \"channelID\": 3}}")))
                .containsExactly(new PushedEvent("hikvision", "linedetection", "active", "3", null, false));
        assertThat(WebhookPayloads.read(utf8(" {\"event\": \"doorbell\", \"state\": \"pressed\", \"channel\": 2, "
                + "\"time\": \"2026-11-25T20:00:00Z\"}")))
                .containsExactly(new PushedEvent("json", "doorbell", "pressed", "2", "2026-11-25T20:00:00Z", false));
        assertThat(WebhookPayloads.read(utf8("{\"type\": \"heartbeat\"}"))).singleElement()
                .satisfies(e -> assertThat(e.heartbeat()).isTrue());
    }

    @Test
    void refusesDoctypesAndExternalEntitiesWithoutReadingThem() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<EventNotificationAlert><eventType>&x;</eventType></EventNotificationAlert>";
        assertThatThrownBy(() -> WebhookPayloads.read(utf8(xxe))).isInstanceOf(PeerProtocolException.class)
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
    }

    @Test
    void malformedAndUnknownBodiesAreRefusedWithoutQuotingThem() {
        assertThatThrownBy(() -> WebhookPayloads.read(utf8("{\"eventType\": \"secret-text"))).hasMessage(
                "body is not a well-formed JSON object");
        assertThatThrownBy(() -> WebhookPayloads.read(utf8("<EventNotificationAlert><eventType>"))).hasMessage(
                "reply is not well-formed XML");
        assertThatThrownBy(() -> WebhookPayloads.read(utf8("<html><body>hello</body></html>")))
                .hasMessageContaining("neither an EventNotificationAlert nor a wsnt:Notify");
        assertThatThrownBy(() -> WebhookPayloads.read(utf8("   "))).hasMessage("empty body");
        assertThatThrownBy(() -> WebhookPayloads.read(utf8("[1, 2]"))).hasMessageContaining("neither XML nor");
    }
}
