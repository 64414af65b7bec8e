package io.ohmvision.channels.hls;

import java.net.URI;

/**
 * A media playlist.
 *
 * @param segments how many it lists
 * @param newest   the last segment listed, null when there is none
 * @param ended    EXT-X-ENDLIST: no segment will be added, so the stream is not (or no longer) live
 */
record MediaPlaylist(int targetDurationSeconds, long mediaSequence, int segments, URI newest, boolean ended)
        implements Playlist {

    /** A live playlist moves on by dropping old segments (media sequence) or by adding new ones. */
    boolean advancedFrom(MediaPlaylist earlier) {
        return mediaSequence > earlier.mediaSequence
                || newest != null && (earlier.newest == null || !newest.equals(earlier.newest));
    }
}
