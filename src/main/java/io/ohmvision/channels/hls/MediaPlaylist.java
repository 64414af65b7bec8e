package io.ohmvision.channels.hls;

import java.net.URI;
import java.util.List;

/**
 * A media playlist.
 *
 * @param segments in playlist order, the newest last
 * @param ended    EXT-X-ENDLIST: no segment will be added, so the stream is not (or no longer) live
 */
record MediaPlaylist(int targetDurationSeconds, long mediaSequence, List<URI> segments, boolean ended)
        implements Playlist {

    URI newest() {
        return segments.get(segments.size() - 1);
    }

    /** A live playlist moves on by dropping old segments (media sequence) or by adding new ones. */
    boolean advancedFrom(MediaPlaylist earlier) {
        return mediaSequence > earlier.mediaSequence
                || !segments.isEmpty() && (earlier.segments.isEmpty() || !newest().equals(earlier.newest()));
    }
}
