package io.ohmvision.channels.hls;

import static io.ohmvision.testing.ScriptedHttpServer.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.testing.HostileInput;
import io.ohmvision.testing.ScriptedHttpServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Playlists a hostile camera may serve: parsing time and memory stay proportional to the text (up to the probe's
 * 1 MiB limit), and entries on another host are not fetched. The time bounds are generous guards, not benchmarks.
 */
class HostilePlaylistTest {

    private static final URI BASE = URI.create("http://127.0.0.1:8080/hls/index.m3u8");

    /** 40,000 characters of this took 4.2 s of CPU before; a megabyte would have taken about 45 minutes. */
    @Test
    void aLongStreamInfLineWithoutEqualsSignsIsLinear() {
        String playlist = "#EXTM3U\n#EXT-X-STREAM-INF:" + "A".repeat(HostileInput.MIB) + "\nvariant.m3u8\n";

        MasterPlaylist master = (MasterPlaylist) parse(playlist);

        assertThat(master.preferred().bandwidth()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "A=", "A=1,", ",", "A-B=\"", "=\"\",", "CODECS=\"avc1,"})
    void aMegabyteAttributeListIsLinearAndKeepsAFewAttributes(String repeated) {
        String list = "BANDWIDTH=5," + repeated.repeat(HostileInput.MIB / repeated.length());

        Map<String, String> attributes = assertTimeoutPreemptively(HostileInput.BOUND, () -> PlaylistParser.attributes(list));

        assertThat(attributes).containsEntry("BANDWIDTH", "5").hasSizeLessThanOrEqualTo(PlaylistParser.MAX_ATTRIBUTES);
    }

    @Test
    void thousandsOfDistinctAttributesAreCut() {
        StringBuilder list = new StringBuilder();
        for (int i = 0; list.length() < HostileInput.MIB; i++) {
            list.append("X-").append(i).append("=").append(i).append(',');
        }

        assertThat(assertTimeoutPreemptively(HostileInput.BOUND, () -> PlaylistParser.attributes(list.toString())))
                .hasSize(PlaylistParser.MAX_ATTRIBUTES);
    }

    @Test
    void anUnterminatedQuoteTakesNothingAfterIt() {
        assertThat(PlaylistParser.attributes("BANDWIDTH=1,CODECS=\"avc1.64001f,RESOLUTION=1x1"))
                .containsOnlyKeys("BANDWIDTH");
    }

    @Test
    void aMegabyteOfSegmentsKeepsOnlyTheNewest() {
        String playlist = "#EXTM3U\n#EXT-X-TARGETDURATION:1\n" + "s\n".repeat(HostileInput.MIB / 2);

        MediaPlaylist media = (MediaPlaylist) parse(playlist);

        assertThat(media.segments()).isEqualTo(HostileInput.MIB / 2);
        assertThat(media.newest()).isEqualTo(URI.create("http://127.0.0.1:8080/hls/s"));
    }

    @Test
    void aMegabyteOfVariantsKeepsOnlyThePreferred() {
        String playlist = "#EXTM3U\n" + "#EXT-X-STREAM-INF:BANDWIDTH=7\nv\n".repeat(HostileInput.MIB / 32)
                + "#EXT-X-STREAM-INF:BANDWIDTH=9,RESOLUTION=99999999999x1\nbest\n";

        MasterPlaylist master = (MasterPlaylist) parse(playlist);

        assertThat(master.variants()).isEqualTo(HostileInput.MIB / 32 + 1);
        assertThat(master.preferred().uri()).isEqualTo(URI.create("http://127.0.0.1:8080/hls/best"));
        assertThat(master.preferred().width()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"#EXT-X-TARGETDURATION:-5", "#EXT-X-TARGETDURATION:4294967297",
            "#EXT-X-TARGETDURATION:99999999999999999999999", "#EXT-X-MEDIA-SEQUENCE:-1"})
    void refusesNumbersOutOfRange(String tag) {
        assertThatThrownBy(() -> PlaylistParser.parse("#EXTM3U\n#EXT-X-TARGETDURATION:1\n" + tag + "\ns.ts\n", BASE))
                .isInstanceOf(PeerProtocolException.class).hasMessageStartingWith(tag.substring(0, tag.indexOf(':')));
    }

    @Test
    void aVariantOnAnotherHostIsNotFetched() {
        try (ScriptedHttpServer camera = ScriptedHttpServer.start();
             ScriptedHttpServer elsewhere = ScriptedHttpServer.startOn("127.0.0.2")) {
            elsewhere.on("/", reply(200, "application/vnd.apple.mpegurl", "#EXTM3U\n".getBytes(), Map.of()));
            camera.on("/master.m3u8", reply(200, "application/vnd.apple.mpegurl", ("#EXTM3U\n"
                    + "#EXT-X-STREAM-INF:BANDWIDTH=1\nlocal.m3u8\n#EXT-X-STREAM-INF:BANDWIDTH=9\n"
                    + elsewhere.url("/steal.m3u8") + "\n").getBytes(StandardCharsets.UTF_8), Map.of()));

            ProbeResult result = new HlsProbe().probe(new ProbeTarget(camera.url("/master.m3u8"), "admin", "pw",
                    Duration.ofSeconds(5)));

            assertThat(result.outcome()).isEqualTo(Outcome.UNSUPPORTED);
            assertThat(result.reason()).isEqualTo("the master playlist pointed to " + elsewhere.url("/steal.m3u8")
                    + " (another host): not followed");
            assertThat(elsewhere.requests()).isEmpty();
        }
    }

    @Test
    void aSegmentOnAnotherHostIsNotFetched() {
        try (ScriptedHttpServer camera = ScriptedHttpServer.start();
             ScriptedHttpServer elsewhere = ScriptedHttpServer.startOn("127.0.0.2")) {
            elsewhere.on("/", reply(200, "video/mp2t", new byte[188], Map.of()));
            camera.on("/live.m3u8", exchange -> {
                String playlist = "#EXTM3U\n#EXT-X-TARGETDURATION:1\n#EXT-X-MEDIA-SEQUENCE:"
                        + System.nanoTime() + "\n" + elsewhere.url("/segment.ts") + "\n";
                exchange.getResponseHeaders().add("Content-Type", "application/vnd.apple.mpegurl");
                ScriptedHttpServer.send(exchange, 200, playlist.getBytes(StandardCharsets.UTF_8));
            });

            ProbeResult result = new HlsProbe().probe(new ProbeTarget(camera.url("/live.m3u8"), null, null,
                    Duration.ofSeconds(5)));

            assertThat(result.outcome()).isEqualTo(Outcome.UNSUPPORTED);
            assertThat(result.reason()).isEqualTo("the media playlist pointed to " + elsewhere.url("/segment.ts")
                    + " (another host): not followed");
            assertThat(elsewhere.requests()).isEmpty();
        }
    }

    private static Playlist parse(String playlist) {
        return assertTimeoutPreemptively(HostileInput.BOUND, () -> PlaylistParser.parse(playlist, BASE));
    }
}
