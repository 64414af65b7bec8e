package io.ohmvision.channels.webrtc;

import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.sdp.MediaSection;
import io.ohmvision.channels.sdp.SdpMediaFacts;
import io.ohmvision.channels.sdp.SdpParser;
import io.ohmvision.channels.sdp.SessionDescription;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a WHEP server's SDP answer promises: the codecs it chose, the RTP sources it will send from and the ICE
 * candidates where it can be reached. It proves that signalling worked, not that media would flow.
 *
 * @param media      codecs of the sections the server sends (the answer says sendonly for them)
 * @param ssrcs      the a=ssrc sources of all sections
 * @param candidates the a=candidate values of all sections, as written
 */
public record WhepAnswer(MediaFacts media, List<Long> ssrcs, List<String> candidates) {

    /** Empty when the text has no media section: whatever the server sent, it is not an answer. */
    public static Optional<WhepAnswer> parse(String sdp) {
        SessionDescription answer = SdpParser.parse(sdp);
        if (answer.media().isEmpty()) {
            return Optional.empty();
        }
        MediaFacts media = SdpMediaFacts.of(answer.firstSentByAuthor("video"), answer.firstSentByAuthor("audio"));
        return Optional.of(new WhepAnswer(media, all(answer, MediaSection::ssrcs), all(answer, MediaSection::candidates)));
    }

    /** Whether the server agreed to send any of the offered codecs. */
    public boolean sendsMedia() {
        return media.videoCodec() != null || media.audioCodec() != null;
    }

    /** One phrase such as "H.264 + Opus, 2 sources, 3 ICE candidates". */
    public String summary() {
        String codecs = Stream.of(media.videoCodec(), media.audioCodec()).filter(c -> c != null)
                .collect(Collectors.joining(" + "));
        return codecs + ", " + ssrcs.size() + (ssrcs.size() == 1 ? " source, " : " sources, ") + candidates.size()
                + (candidates.size() == 1 ? " ICE candidate" : " ICE candidates");
    }

    private static <T> List<T> all(SessionDescription sdp, Function<MediaSection, List<T>> perSection) {
        return sdp.media().stream().flatMap(m -> perSection.apply(m).stream()).distinct().toList();
    }
}
