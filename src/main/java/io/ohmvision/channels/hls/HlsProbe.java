package io.ohmvision.channels.hls;

import io.ohmvision.channels.ChannelProbe;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.DeviceOrigin;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.Verdict;
import io.ohmvision.channels.http.HttpSession;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that an HLS stream is live: the playlist (following the highest-bandwidth variant of a master playlist)
 * is reloaded after about one target duration and must have moved on; then the newest segment must be MPEG-TS or
 * fragmented MP4. Codec and size come from the master playlist when it names them. One variant and one segment are
 * fetched, and only from the camera's own host ({@link DeviceOrigin}): a playlist naming another host is UNSUPPORTED.
 * <p>
 * A playlist with {@code #EXT-X-ENDLIST} is a PROTOCOL_ERROR ("not live"), not OK: a camera's HLS output gets
 * that tag when its source stops (ffmpeg and most packagers write it on exit), so OK would hide a dead camera.
 * The deadline must leave room for one target duration plus a segment; when it does not, or when the playlist
 * does not move on in time, the outcome is TIMEOUT.
 */
public final class HlsProbe implements ChannelProbe {

    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final int PLAYLIST_LIMIT = 1024 * 1024;
    /** Time kept back for fetching the segment once the playlist has moved on. */
    private static final Duration SEGMENT_RESERVE = Duration.ofMillis(1000);

    @Override
    public ConnectionType type() {
        return ConnectionType.HLS;
    }

    @Override
    public ProbeResult probe(ProbeTarget target) {
        return HttpSession.probe(ConnectionType.HLS, target, SCHEMES,
                (session, uri) -> watch(session, uri, target.timeout()));
    }

    private static ProbeResult watch(HttpSession session, URI uri, Duration timeout) throws IOException {
        DeviceOrigin camera = DeviceOrigin.of(uri.getHost());
        Playlist playlist = fetch(session, uri);
        MediaFacts media = MediaFacts.NONE;
        URI mediaUri = uri;
        if (playlist instanceof MasterPlaylist master) {
            Variant variant = master.preferred();
            media = variant.media();
            mediaUri = variant.uri();
            Optional<String> elsewhere = camera.refusal("the master playlist", mediaUri.toString());
            if (elsewhere.isPresent()) {
                return session.result(new Verdict(Outcome.UNSUPPORTED, elsewhere.get()), media);
            }
            playlist = fetch(session, mediaUri);
            if (playlist instanceof MasterPlaylist) {
                throw new PeerProtocolException("the variant is another master playlist");
            }
        }
        MediaPlaylist first = (MediaPlaylist) playlist;
        if (first.ended()) {
            return session.result(new Verdict(Outcome.PROTOCOL_ERROR,
                    "not live: the playlist has #EXT-X-ENDLIST (a recording, or the stream stopped)"), media);
        }
        Optional<MediaPlaylist> advanced = awaitAdvance(session, mediaUri, first, timeout);
        if (advanced.isEmpty()) {
            return session.result(new Verdict(Outcome.TIMEOUT, "the playlist did not move on within "
                    + timeout.toMillis() + " ms (media sequence " + first.mediaSequence() + ", target duration "
                    + first.targetDurationSeconds() + " s)"), media);
        }
        MediaPlaylist live = advanced.get();
        Optional<String> elsewhere = camera.refusal("the media playlist", live.newest().toString());
        if (elsewhere.isPresent()) {
            return session.result(new Verdict(Outcome.UNSUPPORTED, elsewhere.get()), media);
        }
        SegmentFormat format = session.get(live.newest(),
                (contentType, body) -> SegmentFormat.detect(body.readNBytes(SegmentFormat.BYTES_NEEDED)));
        return session.result(new Verdict(Outcome.OK, "live: media sequence "
                + first.mediaSequence() + " -> " + live.mediaSequence() + ", newest segment " + format.displayName()),
                media);
    }

    /** Reloads as RFC 8216 6.3.4 paces clients: after a target duration, then every half target duration. */
    private static Optional<MediaPlaylist> awaitAdvance(HttpSession session, URI uri, MediaPlaylist first,
                                                        Duration timeout) throws IOException {
        if (first.newest() == null) {
            throw new PeerProtocolException("live playlist without segments");
        }
        long reserve = Math.min(SEGMENT_RESERVE.toMillis(), timeout.toMillis() / 5);
        long wait = first.targetDurationSeconds() * 1000L;
        while (true) {
            long usable = session.deadline().remainingMillisOrThrow() - reserve;
            if (usable <= 0) {
                return Optional.empty();
            }
            pause(Math.min(wait, usable));
            if (!(fetch(session, uri) instanceof MediaPlaylist reloaded)) {
                throw new PeerProtocolException("the media playlist turned into a master playlist");
            }
            if (reloaded.ended()) {
                throw new PeerProtocolException("not live: the playlist got #EXT-X-ENDLIST while watched");
            }
            if (reloaded.advancedFrom(first)) {
                return Optional.of(reloaded);
            }
            wait = Math.max(100, first.targetDurationSeconds() * 500L);
        }
    }

    private static Playlist fetch(HttpSession session, URI uri) throws IOException {
        byte[] text = session.get(uri, (contentType, body) -> body.readNBytes(PLAYLIST_LIMIT + 1));
        if (text.length > PLAYLIST_LIMIT) {
            throw new PeerProtocolException("playlist larger than " + PLAYLIST_LIMIT / 1024 + " kB");
        }
        return PlaylistParser.parse(new String(text, StandardCharsets.UTF_8), uri);
    }

    private static void pause(long millis) throws InterruptedIOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the playlist to move on");
        }
    }
}
