package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * lighttpd asking for HTTP Digest (qop=auth, MD5) in front of a {@link CameraWebRoot} and of an MJPEG stream it
 * proxies at {@code /stream.mjpg} (src/test/peers/lighttpd.conf). Needs the Debian package lighttpd.
 */
public final class LighttpdTestPeer implements AutoCloseable {

    private final ExternalProcess lighttpd;
    private final String host;
    private final int port;

    private LighttpdTestPeer(ExternalProcess lighttpd, String host, int port) {
        this.lighttpd = lighttpd;
        this.host = host;
        this.port = port;
    }

    public static LighttpdTestPeer start(CameraWebRoot www, int mjpegPort, String realm, String user, String password) {
        return startAt(List.of(), "127.0.0.1", LoopbackPorts.free(), www, mjpegPort, realm, user, password);
    }

    /**
     * A camera web server inside a test namespace, on one of its addresses.
     *
     * @param inNamespace the command prefix that enters the namespace ({@code ip netns exec NAME}); empty for here
     */
    public static LighttpdTestPeer startAt(List<String> inNamespace, String address, int port, CameraWebRoot www,
            int mjpegPort, String realm, String user, String password) {
        Path dir = TestPaths.freshDirectory("lighttpd");
        try {
            // the htdigest line: user:realm:MD5(user:realm:password)
            Files.writeString(dir.resolve("htdigest"), user + ":" + realm + ":" + md5(user + ":" + realm + ":" + password) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path config = ConfigTemplate.write("lighttpd.conf", Map.of("DIR", dir.toString(), "WWW",
                www.directory().toString(), "BIND", address, "PORT", String.valueOf(port), "REALM", realm,
                "MJPEG_PORT", String.valueOf(mjpegPort)), dir.resolve("lighttpd.conf"));
        List<String> command = new ArrayList<>(inNamespace);
        command.addAll(List.of("lighttpd", "-D", "-f", config.toString()));
        ExternalProcess lighttpd = ExternalProcess.start("lighttpd", dir.resolve("lighttpd.log"), command);
        try {
            LoopbackPorts.awaitListening(InetAddress.getByName(address), port, lighttpd);
        } catch (UnknownHostException e) {
            lighttpd.close();
            throw new IllegalArgumentException("not an address: " + address, e);
        }
        return new LighttpdTestPeer(lighttpd, address, port);
    }

    public String url(String path) {
        return "http://" + host + ":" + port + path;
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        lighttpd.close();
    }
}
