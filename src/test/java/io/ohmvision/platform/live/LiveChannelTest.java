package io.ohmvision.platform.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveChannelTest {

    public record Ping(String type, long cameraId) {
    }

    private final List<String> sockets = new ArrayList<>();
    private final List<String> consoles = new ArrayList<>();
    private final LiveChannel channel = new LiveChannel();

    {
        channel.sockets = new LiveSessions() {
            @Override
            void send(String json) {
                sockets.add(json);
            }
        };
        channel.toJson = payload -> "json of " + payload;
        channel.console = new ConsolePush() {
            @Override
            void send(String json) {
                consoles.add(json);
            }
        };
    }

    @Test
    void aMessageIsSerialisedOnceAndReachesTheSocketsAndTheConsolesAlike() {
        channel.publish(LiveChannel.HEALTH, new Ping("ping", 7));
        assertThat(sockets).containsExactly("json of Ping[type=ping, cameraId=7]");
        assertThat(consoles).isEqualTo(sockets);
    }

    @Test
    void aTopicNobodyCanListenToIsRefused() {
        assertThatThrownBy(() -> channel.publish("alerts", new Ping("ping", 7)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alerts");
        assertThat(sockets).isEmpty();
    }
}
