package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Foscam HD camera's CGI, {@code src/test/peers/foscam-cgi.py}, in a network namespace: no such camera or server
 * exists here, so it follows Foscam's published CGI guide (credentials in the query as usr= and pwd=, every answer
 * HTTP 200, a wrong password answered with result -2) and serves {@code cmd=snapPicture2}.
 */
public final class FoscamCgiPeer implements AutoCloseable {

    private final PeerProcess process;
    private final String address;
    private final int port;

    private FoscamCgiPeer(PeerProcess process, String address, int port) {
        this.process = process;
        this.address = address;
        this.port = port;
    }

    public static FoscamCgiPeer inNamespace(String namespace, String address, int port, String user,
            String password) {
        Path jpeg = TestPaths.target().resolve("foscam-snapshot.jpg");
        try {
            Files.write(jpeg, Fixtures.bytes("http/snapshot-640x360.jpg"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PeerProcess process = PeerProcess.start("foscam-cgi-" + namespace + "-" + System.nanoTime(), List.of(
                "ip", "netns", "exec", namespace, PeerProcess.PYTHON, TestPaths.peerFile("foscam-cgi.py").toString(),
                "--address", address, "--port", String.valueOf(port), "--user", user, "--password", password,
                "--jpeg", jpeg.toString()));
        return new FoscamCgiPeer(process, address, port);
    }

    /** The snapshot URL as OhmVision stores it: the credential parameters empty. */
    public String storedSnapshotUrl() {
        return "http://" + address + ":" + port + "/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=&pwd=";
    }

    @Override
    public void close() {
        process.close();
    }
}
