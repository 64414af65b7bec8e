package io.ohmvision.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real RTSP server for integration tests: {@code src/test/peers/rtsp-server.py} (GStreamer, Digest auth) on a free
 * loopback port, started and stopped by the test. Needs the Debian packages python3-gi gir1.2-gst-rtsp-server-1.0
 * gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-ugly.
 */
public final class RtspTestPeer implements AutoCloseable {

    /** Debian's python has gi; a python earlier on PATH may not. */
    private static final String PYTHON = "/usr/bin/python3";
    private static final long READY_SECONDS = 30;

    private final Process process;
    private final int port;

    private RtspTestPeer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param extraChannels how many /ch1../chN paths to serve beside /main and /sub
     * @param aliases       vendor paths serving the main or sub stream, as "PATH=main" or "PATH=sub"
     */
    public static RtspTestPeer start(String user, String password, int extraChannels, String... aliases) {
        return startOn(LoopbackPorts.free(), user, password, extraChannels, aliases);
    }

    /** As {@link #start}, on a given port: a server that comes back where it was. */
    public static RtspTestPeer startOn(int port, String user, String password, int extraChannels, String... aliases) {
        Path script = TestPaths.peerFile("rtsp-server.py");
        Path log = TestPaths.projectDirectory().resolve("target/rtsp-peer-" + port + ".log");
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(PYTHON, script.toString(), String.valueOf(port), user,
                    password, String.valueOf(extraChannels)));
            command.addAll(List.of(aliases));
            Process process = new ProcessBuilder(command)
                    .redirectError(log.toFile())
                    .start();
            RtspTestPeer peer = new RtspTestPeer(process, port);
            peer.awaitReady(log);
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + script, e);
        }
    }

    public int port() {
        return port;
    }

    /** The stored form of a URL on this peer: no credentials. */
    public String url(String path) {
        return "rtsp://127.0.0.1:" + port + path;
    }

    private void awaitReady(Path log) throws IOException {
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("READY")) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            if (!ready.get(READY_SECONDS, TimeUnit.SECONDS)) {
                close();
                throw new IllegalStateException("RTSP test peer ended before READY; see " + log + ":\n" + Files.readString(log));
            }
        } catch (TimeoutException | ExecutionException e) {
            close();
            throw new IllegalStateException("RTSP test peer not ready after " + READY_SECONDS + " s; see " + log, e);
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the RTSP test peer", e);
        }
    }

    @Override
    public void close() {
        ExternalProcess.stop(process);
    }
}
