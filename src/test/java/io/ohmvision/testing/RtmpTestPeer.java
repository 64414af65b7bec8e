package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real RTMP server for integration tests: nginx with Debian's libnginx-mod-rtmp on a free loopback port, with a
 * generated configuration in a fresh directory, fed by an ffmpeg push of testsrc2 640x360@25 (H.264) plus silent
 * AAC (without audio, players wait 5 s for it). Needs the Debian packages nginx libnginx-mod-rtmp ffmpeg.
 */
public final class RtmpTestPeer implements AutoCloseable {

    private static final String RTMP_MODULE = "/usr/lib/nginx/modules/ngx_rtmp_module.so";
    private static final long READY_SECONDS = 20;

    private final int port;
    private final Process nginx;
    private final Process publisher;

    private RtmpTestPeer(int port, Process nginx, Process publisher) {
        this.port = port;
        this.nginx = nginx;
        this.publisher = publisher;
    }

    /** Serves application "live" with one published stream, "cam". */
    public static RtmpTestPeer start() {
        int port = PayaraMicro.freePort();
        Path work = TestPaths.freshDirectory("rtmp-peer");
        try {
            Files.createDirectories(work.resolve("logs"));
            Files.writeString(work.resolve("nginx.conf"), configuration(work, port));
            Process nginx = new ProcessBuilder("nginx", "-p", work.toString(), "-c", work.resolve("nginx.conf").toString())
                    .redirectErrorStream(true).redirectOutput(work.resolve("logs/nginx.out").toFile()).start();
            Process publisher = new ProcessBuilder("ffmpeg", "-nostdin", "-loglevel", "error", "-re",
                    "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=25", "-f", "lavfi", "-i", "anullsrc",
                    "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-g", "25", "-c:a", "aac",
                    "-f", "flv", "rtmp://127.0.0.1:" + port + "/live/cam")
                    .redirectErrorStream(true).redirectOutput(work.resolve("logs/publisher.out").toFile()).start();
            RtmpTestPeer peer = new RtmpTestPeer(port, nginx, publisher);
            peer.awaitPlayable(work);
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start nginx-rtmp in " + work, e);
        }
    }

    /**
     * idle_streams off: nginx-rtmp then answers play of a stream nobody publishes with NetStream.Play.StreamNotFound
     * at once; by default it would accept the play and wait for a publisher forever.
     */
    private static String configuration(Path work, int port) {
        return String.join("\n",
                "daemon off;",
                "user root;",
                "pid " + work.resolve("nginx.pid") + ";",
                "error_log " + work.resolve("logs/error.log") + " info;",
                "load_module " + RTMP_MODULE + ";",
                "events { worker_connections 64; }",
                "rtmp {",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    application live { live on; idle_streams off; }",
                "  }",
                "}",
                "");
    }

    /** The stored form of a URL on this peer. */
    public String url(String streamName) {
        return "rtmp://127.0.0.1:" + port + "/live/" + streamName;
    }

    /** Waits until ffprobe can read the published stream, so the first test does not race the publisher. */
    private void awaitPlayable(Path work) throws IOException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_SECONDS);
        try {
            while (System.nanoTime() < end) {
                if (!nginx.isAlive() || !publisher.isAlive()) {
                    break;
                }
                Process probe = new ProcessBuilder(List.of("ffprobe", "-v", "quiet", "-rw_timeout", "2000000", url("cam")))
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (probe.waitFor(5, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return;
                }
                probe.destroyForcibly();
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        throw new IllegalStateException("nginx-rtmp peer not playable after " + READY_SECONDS + " s; see " + work.resolve("logs"));
    }

    @Override
    public void close() {
        ExternalProcess.stop(publisher);
        ExternalProcess.stop(nginx);
    }
}
