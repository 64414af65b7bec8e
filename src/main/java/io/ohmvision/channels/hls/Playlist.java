package io.ohmvision.channels.hls;

/** An HLS playlist (RFC 8216): a master listing variants, or a media playlist listing segments. */
sealed interface Playlist permits MasterPlaylist, MediaPlaylist {
}
