package io.ohmvision.channels.hls;

/**
 * A master playlist as far as a probe follows it.
 *
 * @param preferred the highest-bandwidth variant: the main stream, as a viewer with a good link would get it (the
 *                  first of equals)
 * @param variants  how many the playlist lists
 */
record MasterPlaylist(Variant preferred, int variants) implements Playlist {
}
