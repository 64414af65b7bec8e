package io.ohmvision.discovery.detect;

import io.ohmvision.channels.QueryCredentials;
import io.ohmvision.channels.StreamUrl;
import java.util.Locale;
import java.util.Objects;

/**
 * One URL auto-detection will try on a device. Never holds credentials: they travel beside it into the probe.
 *
 * @param url            the URL without credentials
 * @param kind           whether it gives a stream or a still picture
 * @param source         where it came from; decides its place in the list
 * @param manufacturerId the profile a catalogue template belongs to; null for ONVIF URIs
 * @param hint           what the source says it is: the template's role ("main", "sub", "legacy-main"...) or the
 *                       ONVIF profile ("onvif profile Main")
 * @param template       the catalogue template text; null for ONVIF URIs
 */
public record Candidate(String url, Kind kind, Source source, String manufacturerId, String hint, String template) {

    /** What a URL gives. */
    public enum Kind {
        STREAM, SNAPSHOT;

        /** As reports show it: "stream", "snapshot". */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a candidate came from, in the order candidates are tried and, on a tie, preferred. */
    public enum Source {
        /** The device said so itself (GetStreamUri / GetSnapshotUri). */
        ONVIF,
        /** A template of the manufacturer the device was recognised as (templates learned for it first). */
        VENDOR,
        /** A template of another manufacturer that has already worked on some camera. */
        LEARNED,
        /** Any other catalogue template for the device's open ports. */
        CATALOGUE;

        /** As reports show it: "onvif", "vendor", "learned", "catalogue". */
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Candidate {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (StreamUrl.parse(url).map(StreamUrl::hasCredentials).orElse(true) || QueryCredentials.carriesValues(url)) {
            throw new IllegalArgumentException("a candidate is a URL without credentials: " + StreamUrl.mask(url));
        }
    }
}
