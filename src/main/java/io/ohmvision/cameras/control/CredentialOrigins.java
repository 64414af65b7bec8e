package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.platform.ProblemException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The origins (scheme, host, port) a camera's stored credentials were given for: those of its stored URLs, which are
 * the only places OhmVision connects to for a stored camera (its address and port fields are labels, never dialled).
 * The registry keeps a camera's URLs at these origins unless the credentials are given again ({@link #checkChange});
 * {@link CameraTargets} attaches them to no other URL ({@link #covers}).
 */
public final class CredentialOrigins {

    /** Ports a URL without one connects to; a scheme missing here has no default and keeps -1. */
    private static final Map<String, Integer> DEFAULT_PORTS = Map.of("rtsp", 554, "rtsps", 322, "http", 80,
            "https", 443, "rtmp", 1935, "rtmps", 443);

    /** Where a connection goes: the scheme, the host in lower case, the port with the scheme's default filled in. */
    public record Origin(String scheme, String host, int port) {

        static Origin of(StreamUrl url) {
            int port = url.port() >= 0 ? url.port() : DEFAULT_PORTS.getOrDefault(url.scheme(), -1);
            return new Origin(url.scheme(), url.host().toLowerCase(Locale.ROOT), port);
        }

        @Override
        public String toString() {
            String host = this.host.indexOf(':') >= 0 ? "[" + this.host + "]" : this.host;
            return scheme + "://" + host + (port >= 0 ? ":" + port : "");
        }
    }

    /** A URL of a change and its origin, named by the request field it came in. */
    public record FieldUrl(String field, StreamUrl url) {
    }

    /** In the order of the camera's URLs, so messages name them the same way every time. */
    private final Set<Origin> origins;

    private CredentialOrigins(LinkedHashSet<Origin> origins) {
        this.origins = Collections.unmodifiableSet(origins);
    }

    public static CredentialOrigins of(Camera camera) {
        return of(camera.getPrimaryStreamUrl(), camera.getSecondaryStreamUrl(), camera.getSnapshotUrl())
                .withDeviceService(camera.getOnvifDeviceUrl());
    }

    /**
     * With the camera's ONVIF device service, which was found on the same device with the same credentials; but only
     * when it is on a host the camera's own URLs are on. Where a device service is comes from what a device said, and
     * a hostile device can point anywhere: a device service on another host never receives the password.
     */
    CredentialOrigins withDeviceService(String deviceServiceUrl) {
        Optional<Origin> device = StreamUrl.parse(deviceServiceUrl).map(Origin::of)
                .filter(candidate -> origins.stream().anyMatch(own -> own.host().equals(candidate.host())));
        if (device.isEmpty()) {
            return this;
        }
        LinkedHashSet<Origin> withDevice = new LinkedHashSet<>(origins);
        withDevice.add(device.get());
        return new CredentialOrigins(withDevice);
    }

    /** The origins of these URLs; nulls and text that is no URL are left out. */
    static CredentialOrigins of(String... urls) {
        return new CredentialOrigins(Arrays.stream(urls).map(StreamUrl::parse).flatMap(Optional::stream)
                .map(Origin::of).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    /** Whether credentials given for these origins may go with a connection to this URL. */
    public boolean covers(String url) {
        return StreamUrl.parse(url).map(Origin::of).filter(origins::contains).isPresent();
    }

    /**
     * Refuses a change of a camera's URLs that would send a kept secret to an origin it was not given for. A change
     * that gives the password again (or clears it, or finds none stored) is never refused here.
     *
     * @param after           the URLs the change stores, by request field
     * @param secretKept      a password is stored and the change does not give one
     * @param admin           the caller may manage credentials
     * @param moveCredentials the caller asked explicitly to move the stored credentials to the new origins
     * @throws ProblemException 409 naming the new origins and what to do; 403 when a non-admin
     *                           asks to move credentials
     */
    public void checkChange(List<FieldUrl> after, boolean secretKept, boolean admin, boolean moveCredentials) {
        List<String> added = after.stream().filter(f -> f.url() != null && !origins.contains(Origin.of(f.url())))
                .map(f -> f.field() + " " + Origin.of(f.url())).distinct().toList();
        if (added.isEmpty() || !secretKept) {
            return;
        }
        if (moveCredentials && !admin) {
            throw ProblemException.forbidden("Only admins may move stored credentials to "
                    + "another address (moveCredentials); give the password again instead");
        }
        if (!moveCredentials) {
            throw ProblemException.conflict("The stored password was given for "
                    + describe() + ", not for " + String.join(", ", added) + ": it is not sent to an address it "
                    + "was not given for. Send the password again with this change, or, as an admin, say so "
                    + "explicitly (moveCredentials: true; in the console, Move password) to move the stored "
                    + "credentials there, or clear the password");
        }
    }

    private String describe() {
        return origins.isEmpty() ? "no address" : origins.stream().map(Origin::toString)
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return describe();
    }
}
