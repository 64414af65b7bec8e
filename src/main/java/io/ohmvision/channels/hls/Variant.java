package io.ohmvision.channels.hls;

import io.ohmvision.channels.MediaFacts;
import java.net.URI;

/**
 * One EXT-X-STREAM-INF entry of a master playlist.
 *
 * @param codecs the CODECS attribute (RFC 6381 names such as "avc1.64001f,mp4a.40.2"), null when absent
 * @param width  from RESOLUTION, null when absent (likewise height and frameRate)
 */
record Variant(URI uri, long bandwidth, String codecs, Integer width, Integer height, Double frameRate) {

    MediaFacts media() {
        return new MediaFacts(Codecs.video(codecs), width, height, frameRate, Codecs.audio(codecs));
    }
}
