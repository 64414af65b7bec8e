package io.ohmvision.channels.hls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.testing.Fixtures;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PlaylistParserTest {

    private static final URI BASE = URI.create("http://10.0.0.5:8080/hls/cam1/index.m3u8");

    @Test
    void readsFfmpegsLiveMediaPlaylist() throws PeerProtocolException {
        MediaPlaylist playlist = (MediaPlaylist) parse("hls/ffmpeg-live.m3u8");

        assertThat(playlist.targetDurationSeconds()).isEqualTo(1);
        assertThat(playlist.mediaSequence()).isEqualTo(3);
        assertThat(playlist.ended()).isFalse();
        assertThat(playlist.newest()).isEqualTo(URI.create("http://10.0.0.5:8080/hls/cam1/live5.ts"));
        assertThat(playlist.segments()).isEqualTo(3);
    }

    @Test
    void seesTheEndListOfARecording() throws PeerProtocolException {
        MediaPlaylist playlist = (MediaPlaylist) parse("hls/ffmpeg-fmp4-vod.m3u8");

        assertThat(playlist.ended()).isTrue();
        assertThat(playlist.newest().getPath()).endsWith("/vod2.m4s");
    }

    @Test
    void readsCodecAndSizeFromFfmpegsMasterPlaylist() throws PeerProtocolException {
        MasterPlaylist master = (MasterPlaylist) parse("hls/ffmpeg-master.m3u8");

        assertThat(master.preferred().uri()).isEqualTo(URI.create("http://10.0.0.5:8080/hls/cam1/live.m3u8"));
        assertThat(master.preferred().media()).isEqualTo(new MediaFacts("H.264", 320, 180, null, null));
    }

    @Test
    void followsTheHighestBandwidthVariantWhereverItIs() throws PeerProtocolException {
        Variant preferred = ((MasterPlaylist) parse("hls/apple-style-master.m3u8")).preferred();

        assertThat(preferred.uri()).isEqualTo(URI.create("https://cdn.example.test/main/index.m3u8"));
        assertThat(preferred.media()).isEqualTo(new MediaFacts("H.265", 1920, 1080, 25.0, "AAC"));
    }

    @Test
    void refusesAnHtmlPage() {
        assertThatThrownBy(() -> PlaylistParser.parse("<!DOCTYPE html><html></html>", BASE))
                .hasMessage("not an HLS playlist: it does not start with #EXTM3U");
    }

    @Test
    void refusesAMediaPlaylistWithoutTargetDuration() {
        assertThatThrownBy(() -> PlaylistParser.parse("#EXTM3U\n#EXTINF:1,\na.ts\n", BASE))
                .hasMessage("media playlist without #EXT-X-TARGETDURATION");
    }

    @Test
    void refusesAMalformedMediaSequence() {
        assertThatThrownBy(() -> PlaylistParser.parse("#EXTM3U\n#EXT-X-TARGETDURATION:2\n#EXT-X-MEDIA-SEQUENCE:x\n", BASE))
                .hasMessage("#EXT-X-MEDIA-SEQUENCE is not a whole number");
    }

    @Test
    void seesAPlaylistMoveOnBySequenceOrByNewSegments() throws PeerProtocolException {
        MediaPlaylist first = (MediaPlaylist) PlaylistParser.parse("#EXTM3U\n#EXT-X-TARGETDURATION:1\na.ts\n", BASE);
        MediaPlaylist same = (MediaPlaylist) PlaylistParser.parse("#EXTM3U\n#EXT-X-TARGETDURATION:1\na.ts\n", BASE);
        MediaPlaylist grown = (MediaPlaylist) PlaylistParser.parse("#EXTM3U\n#EXT-X-TARGETDURATION:1\na.ts\nb.ts\n", BASE);

        assertThat(same.advancedFrom(first)).isFalse();
        assertThat(grown.advancedFrom(first)).isTrue();
    }

    private static Playlist parse(String resource) throws PeerProtocolException {
        return PlaylistParser.parse(Fixtures.text(resource), BASE);
    }
}
