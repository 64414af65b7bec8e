package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The files a camera's web server serves, kept live by ffmpeg as a camera would: {@code snap.jpg} (640x360,
 * rewritten five times a second, atomically), {@code hls/master.m3u8} + {@code hls/live.m3u8} (H.264 320x180 in
 * one-second MPEG-TS segments, old ones deleted), plus {@code vod.m3u8} (a finished recording, with ENDLIST) and
 * {@code login.html}. Needs the Debian package ffmpeg.
 */
public final class CameraWebRoot implements AutoCloseable {

    private final Path directory;
    private final ExternalProcess snapshots;
    private final ExternalProcess hls;

    private CameraWebRoot(Path directory, ExternalProcess snapshots, ExternalProcess hls) {
        this.directory = directory;
        this.snapshots = snapshots;
        this.hls = hls;
    }

    public static CameraWebRoot start() {
        Path directory = TestPaths.freshDirectory("camera-www");
        try {
            Files.createDirectories(directory.resolve("hls"));
            Files.write(directory.resolve("login.html"), Fixtures.bytes("http/login.html"));
            Files.write(directory.resolve("vod.m3u8"), Fixtures.bytes("hls/ffmpeg-fmp4-vod.m3u8"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // -re: lavfi sources run as fast as the CPU allows otherwise
        ExternalProcess snapshots = ExternalProcess.start("ffmpeg snapshots", directory.resolve("snapshots.log"),
                List.of("ffmpeg", "-nostdin", "-v", "error", "-re", "-f", "lavfi", "-i", "testsrc2=size=640x360:rate=5",
                        "-q:v", "5", "-update", "1", "-atomic_writing", "1", directory.resolve("snap.jpg").toString()));
        // a key frame every second, so that each segment is one second long
        ExternalProcess hls = ExternalProcess.start("ffmpeg HLS", directory.resolve("hls.log"),
                List.of("ffmpeg", "-nostdin", "-v", "error", "-re", "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25",
                        "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-b:v", "300k", "-g", "25",
                        "-sc_threshold", "0", "-f", "hls", "-hls_time", "1", "-hls_list_size", "5",
                        "-hls_flags", "delete_segments", "-master_pl_name", "master.m3u8",
                        directory.resolve("hls/live.m3u8").toString()));
        CameraWebRoot root = new CameraWebRoot(directory, snapshots, hls);
        Readiness.await(root, root::filesWritten);
        return root;
    }

    public Path directory() {
        return directory;
    }

    /** A snapshot, a master playlist, and a media playlist with at least two segments. */
    private boolean filesWritten() throws IOException {
        snapshots.requireAlive();
        hls.requireAlive();
        Path playlist = directory.resolve("hls/live.m3u8");
        return Files.exists(directory.resolve("snap.jpg")) && Files.exists(directory.resolve("hls/master.m3u8"))
                && Files.exists(playlist) && Files.readString(playlist).split("#EXTINF", -1).length > 2;
    }

    @Override
    public void close() {
        snapshots.close();
        hls.close();
    }
}
