package io.ohmvision.channels.webrtc;

import static org.assertj.core.api.Assertions.assertThat;

import io.ohmvision.channels.MediaFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Answers captured from real WHEP servers (src/test/resources/webrtc). */
class WhepAnswerTest {

    @Test
    void readsCodecsSourcesAndCandidatesOfGStreamerWebrtcbin() throws IOException {
        WhepAnswer answer = WhepAnswer.parse(resource("gstreamer-1.22-answer.sdp")).orElseThrow();

        assertThat(answer.media()).isEqualTo(new MediaFacts("H.264", 320, 180, 15.0, "Opus"));
        assertThat(answer.ssrcs()).hasSize(2);
        assertThat(answer.candidates()).hasSize(6).allMatch(c -> c.contains(" typ host"));
        assertThat(answer.sendsMedia()).isTrue();
        assertThat(answer.summary()).isEqualTo("H.264 + Opus, 2 sources, 6 ICE candidates");
    }

    @Test
    void aServerThatRejectsEverySectionSendsNoMedia() {
        String rejected = "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n"
                + "m=video 0 UDP/TLS/RTP/SAVPF 102\r\na=inactive\r\n"
                + "m=audio 0 UDP/TLS/RTP/SAVPF 111\r\na=inactive\r\n";

        WhepAnswer answer = WhepAnswer.parse(rejected).orElseThrow();

        assertThat(answer.sendsMedia()).isFalse();
        assertThat(answer.media()).isEqualTo(MediaFacts.NONE);
    }

    @Test
    void textWithoutMediaSectionsIsNoAnswer() {
        assertThat(WhepAnswer.parse("<html><body>Welcome</body></html>")).isEmpty();
        assertThat(WhepAnswer.parse("")).isEmpty();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = WhepAnswerTest.class.getResourceAsStream("/webrtc/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
