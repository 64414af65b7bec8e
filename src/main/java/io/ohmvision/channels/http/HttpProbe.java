package io.ohmvision.channels.http;

import io.ohmvision.channels.ChannelProbe;
import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.Deadline;
import io.ohmvision.channels.MediaFacts;
import io.ohmvision.channels.Outcome;
import io.ohmvision.channels.PeerProtocolException;
import io.ohmvision.channels.ProbeResult;
import io.ohmvision.channels.ProbeTarget;
import io.ohmvision.channels.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.hc.core5.http.ContentType;

/**
 * Probes a camera's HTTP picture URL: a JPEG snapshot (checked to be a whole JPEG, size read from its frame
 * header) or an MJPEG stream (multipart/x-mixed-replace, sampled for a short window to measure its frame rate).
 * Anything else, typically a login page, is a protocol error naming the content type. Credentials go through
 * Basic or Digest, as the camera asks.
 */
public class HttpProbe implements ChannelProbe {

    private static final String MJPEG = "multipart/x-mixed-replace";
    private static final String JPEG = "image/jpeg";
    private static final int SNAPSHOT_LIMIT = 16 * 1024 * 1024;
    private static final Duration MJPEG_WINDOW = Duration.ofMillis(1500);

    private final ConnectionType type;

    public HttpProbe() {
        this(ConnectionType.HTTP);
    }

    /** @param type HTTP or HTTPS: the URL's scheme must be its wire name */
    protected HttpProbe(ConnectionType type) {
        this.type = type;
    }

    @Override
    public ConnectionType type() {
        return type;
    }

    /** One scheme each: HTTPS has its own probe, which reports the certificate. */
    @Override
    public List<String> schemes() {
        return List.of(type.wireName());
    }

    @Override
    public ProbeResult probe(ProbeTarget target) {
        return HttpSession.probe(type, target, Set.copyOf(schemes()), (session, uri) -> {
            CameraPicture picture = session.get(uri, (contentType, body) -> read(contentType, body, session.deadline()));
            return session.result(new Verdict(Outcome.OK, picture.description()), picture.media());
        });
    }

    private static CameraPicture read(ContentType contentType, InputStream body, Deadline deadline) throws IOException {
        String mimeType = contentType == null ? null : contentType.getMimeType().toLowerCase(Locale.ROOT);
        if (MJPEG.equals(mimeType)) {
            return MjpegSampler.sample(contentType.getParameter("boundary"), body, deadline, MJPEG_WINDOW);
        }
        byte[] bytes = body.readNBytes(SNAPSHOT_LIMIT + 1);
        if (bytes.length > SNAPSHOT_LIMIT) {
            throw new PeerProtocolException("reply larger than a snapshot can be (" + SNAPSHOT_LIMIT / (1024 * 1024) + " MB)");
        }
        if (!JPEG.equals(mimeType) && !JpegImage.looksLikeJpeg(bytes)) {
            Optional<Verdict> refused = CgiRefusal.of(bytes);
            if (refused.isPresent()) {
                throw new UnwantedStatusException(refused.get());
            }
            throw new PeerProtocolException("not a camera picture: the reply is " + describe(mimeType));
        }
        JpegImage image = JpegImage.parse(bytes);
        return new CameraPicture("JPEG snapshot " + image.width() + "x" + image.height(),
                new MediaFacts("JPEG", image.width(), image.height(), null, null));
    }

    /** Only the media type, reduced to token characters: the header is peer text. */
    static String describe(String mimeType) {
        if (mimeType == null) {
            return "without a content type";
        }
        String token = mimeType.replaceAll("[^a-z0-9!#$&^_.+/-]", "");
        return token.length() > 80 ? token.substring(0, 80) : token;
    }
}
