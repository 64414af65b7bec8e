package io.ohmvision.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * An MJPEG camera stream: VLC sending a looping 640x360 10 fps MJPEG clip (30 s, and --sout-keep, so that
 * clients are not dropped when the clip starts again) (made by ffmpeg: VLC's own MJPEG encoder
 * is broken in bookworm) as multipart/x-mixed-replace at {@code /stream.mjpg}. VLC refuses to run as root, so it
 * runs as nobody. Needs the Debian packages vlc-bin vlc-plugin-base ffmpeg.
 */
public final class VlcMjpegPeer implements AutoCloseable {

    /** VLC's mpjpeg muxer writes this boundary, but its HTTP output only declares it when told to. */
    private static final String BOUNDARY = "7b3cc56e5f51db803f790dad720ed50a";

    /** More than a few frames of the clip. */
    private static final int STREAMING_BYTES = 200_000;

    private final ExternalProcess vlc;
    private final int port;

    private VlcMjpegPeer(ExternalProcess vlc, int port) {
        this.vlc = vlc;
        this.port = port;
    }

    public static VlcMjpegPeer start() {
        Path dir = TestPaths.freshDirectory("vlc");
        Path clip = dir.resolve("clip.avi");
        ExternalProcess.run("ffmpeg MJPEG clip", dir.resolve("clip.log"), List.of("ffmpeg", "-nostdin", "-v", "error",
                "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=10", "-t", "30", "-c:v", "mjpeg", "-q:v", "6",
                clip.toString()));
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = LoopbackPorts.free();
        ExternalProcess vlc = ExternalProcess.start("VLC", dir.resolve("vlc.log"), List.of("runuser", "-u", "nobody",
                "--", "cvlc", "-I", "dummy", "--no-audio", "--loop", "--sout-keep", clip.toString(), "--sout",
                "#std{access=http{mime=multipart/x-mixed-replace;boundary=" + BOUNDARY + "},mux=mpjpeg,"
                        + "dst=127.0.0.1:" + port + "/stream.mjpg}"));
        LoopbackPorts.awaitListening(port, vlc);
        VlcMjpegPeer peer = new VlcMjpegPeer(vlc, port);
        Readiness.await(peer, peer::streaming);
        return peer;
    }

    /** VLC listens before it streams: its first clients get the HTTP header and then nothing for a while. */
    private boolean streaming() throws IOException {
        vlc.requireAlive();
        HttpURLConnection connection = (HttpURLConnection) URI.create(url()).toURL().openConnection();
        connection.setConnectTimeout(1000);
        connection.setReadTimeout(1000);
        try (InputStream in = connection.getInputStream()) {
            return in.readNBytes(STREAMING_BYTES).length == STREAMING_BYTES;
        } catch (IOException notYet) {
            return false;
        } finally {
            connection.disconnect();
        }
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/stream.mjpg";
    }

    @Override
    public void close() {
        vlc.close();
    }
}
