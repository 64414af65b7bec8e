package io.ohmvision.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * lighttpd asking for HTTP Digest (qop=auth, MD5) in front of a {@link CameraWebRoot} and of an MJPEG stream it
 * proxies at {@code /stream.mjpg} (src/test/peers/lighttpd.conf). Needs the Debian package lighttpd.
 */
public final class LighttpdTestPeer implements AutoCloseable {

    private final ExternalProcess lighttpd;
    private final int port;

    private LighttpdTestPeer(ExternalProcess lighttpd, int port) {
        this.lighttpd = lighttpd;
        this.port = port;
    }

    public static LighttpdTestPeer start(CameraWebRoot www, int mjpegPort, String realm, String user, String password) {
        Path dir = TestPaths.freshDirectory("lighttpd");
        int port = LoopbackPorts.free();
        try {
            // the htdigest line: user:realm:MD5(user:realm:password)
            Files.writeString(dir.resolve("htdigest"), user + ":" + realm + ":" + md5(user + ":" + realm + ":" + password) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path config = ConfigTemplate.write("lighttpd.conf", Map.of("DIR", dir.toString(), "WWW",
                www.directory().toString(), "PORT", String.valueOf(port), "REALM", realm, "MJPEG_PORT",
                String.valueOf(mjpegPort)), dir.resolve("lighttpd.conf"));
        ExternalProcess lighttpd = ExternalProcess.start("lighttpd", dir.resolve("lighttpd.log"),
                List.of("lighttpd", "-D", "-f", config.toString()));
        LoopbackPorts.awaitListening(port, lighttpd);
        return new LighttpdTestPeer(lighttpd, port);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
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
