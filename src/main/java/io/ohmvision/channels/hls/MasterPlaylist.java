package io.ohmvision.channels.hls;

import java.util.Comparator;
import java.util.List;

record MasterPlaylist(List<Variant> variants) implements Playlist {

    /** The highest-bandwidth variant: the main stream, as a viewer with a good link would get it. */
    Variant preferred() {
        return variants.stream().max(Comparator.comparingLong(Variant::bandwidth)).orElseThrow();
    }
}
