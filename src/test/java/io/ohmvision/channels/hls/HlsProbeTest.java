package io.ohmvision.channels.hls;

import static io.ohmvision.testing.ScriptedHttpServer.reply;
import static io.ohmvision.testing.ScriptedHttpServer.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.testing.Fixtures;
import io.ohmvision.testing.ScriptedHttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The probe against a scripted HLS origin: playlists that advance, stall, end, or are not playlists at all. */
class HlsProbeTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String MPEGURL = "application/vnd.apple.mpegurl";
    private static final byte[] TS = Fixtures.bytes("hls/ffmpeg-segment-head.ts");

    private final HlsProbe probe = new HlsProbe();
    private final ScriptedHttpServer server = ScriptedHttpServer.start();

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void followsTheMasterAndSeesTheLivePlaylistMoveOn() {
        server.on("/hls/master.m3u8", reply(200, MPEGURL, Fixtures.bytes("hls/ffmpeg-master.m3u8"), Map.of()))
                .on("/hls/live.m3u8", advancingPlaylist())
                .on("/hls/seg", reply(200, "video/mp2t", TS, Map.of()));

        ProbeResult result = probe(server.url("/hls/master.m3u8"));

        assertThat(result.outcome()).as(result.reason()).isEqualTo(Outcome.OK);
        assertThat(result.reason()).isEqualTo("live: media sequence 1 -> 2, newest segment MPEG-TS");
        assertThat(result.media()).isEqualTo(new MediaFacts("H.264", 320, 180, null, null));
        assertThat(server.requests()).extracting(ScriptedHttpServer.Request::path)
                .containsExactly("/hls/master.m3u8", "/hls/live.m3u8", "/hls/live.m3u8", "/hls/seg2.ts");
    }

    @Test
    void reportsARecordingAsNotLive() {
        server.on("/vod.m3u8", reply(200, MPEGURL, Fixtures.bytes("hls/ffmpeg-fmp4-vod.m3u8"), Map.of()));

        ProbeResult result = probe(server.url("/vod.m3u8"));

        assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        assertThat(result.reason()).isEqualTo("not live: the playlist has #EXT-X-ENDLIST (a recording, or the stream stopped)");
    }

    @Test
    void givesUpOnAStalledPlaylistWithinTheDeadline() {
        server.on("/live.m3u8", reply(200, MPEGURL, Fixtures.bytes("hls/ffmpeg-live.m3u8"), Map.of()));
        Duration deadline = Duration.ofMillis(2500);

        ProbeResult result = probe.probe(new ProbeTarget(server.url("/live.m3u8"), null, null, deadline));

        assertThat(result.outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(result.reason()).isEqualTo("the playlist did not move on within 2500 ms (media sequence 3, target duration 1 s)");
        assertThat(result.latencyMillis()).isLessThan(deadline.toMillis() + 2_500);
    }

    @Test
    void rejectsASegmentThatIsNotVideo() {
        server.on("/live.m3u8", advancingPlaylist())
                .on("/seg", reply(200, "text/html", "<html>gone</html>".getBytes(StandardCharsets.UTF_8), Map.of()));

        ProbeResult result = probe(server.url("/live.m3u8"));

        assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        assertThat(result.reason()).isEqualTo("the newest segment is neither MPEG-TS nor fragmented MP4");
    }

    @Test
    void rejectsALoginPageInPlaceOfThePlaylist() {
        server.on("/index.m3u8", reply(200, "text/html", Fixtures.bytes("http/login.html"), Map.of()));

        ProbeResult result = probe(server.url("/index.m3u8"));

        assertThat(result.outcome()).isEqualTo(Outcome.PROTOCOL_ERROR);
        assertThat(result.reason()).isEqualTo("not an HLS playlist: it does not start with #EXTM3U");
    }

    @Test
    void reportsAMissingSegmentAsNotFound() {
        server.on("/live.m3u8", advancingPlaylist());

        ProbeResult result = probe(server.url("/live.m3u8"));

        assertThat(result.outcome()).isEqualTo(Outcome.NOT_FOUND);
    }

    private ProbeResult probe(String url) {
        return probe.probe(new ProbeTarget(url, null, null, TIMEOUT));
    }

    /** A one-second live window that moves on by one segment with every request. */
    private static HttpHandler advancingPlaylist() {
        AtomicInteger sequence = new AtomicInteger();
        return exchange -> {
            int n = sequence.incrementAndGet();
            String playlist = "#EXTM3U\n#EXT-X-VERSION:3\n#EXT-X-TARGETDURATION:1\n#EXT-X-MEDIA-SEQUENCE:" + n
                    + "\n#EXTINF:1.0,\nseg" + n + ".ts\n";
            exchange.getResponseHeaders().add("Content-Type", MPEGURL);
            send(exchange, 200, playlist.getBytes(StandardCharsets.UTF_8));
        };
    }
}
