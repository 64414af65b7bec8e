package io.ohmvision.channels.rtsp;

import io.ohmvision.channels.Deadline;
import io.ohmvision.channels.StreamUrl;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/** One TCP (or TLS) connection to an RTSP server, every blocking step bounded by the probe's deadline. */
final class RtspConnection implements Closeable {

    static final int DEFAULT_PORT = 554;
    static final int DEFAULT_TLS_PORT = 322;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private int exchanges;

    private RtspConnection(Socket socket, Deadline deadline) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(new DeadlineInputStream(socket, socket.getInputStream(), deadline));
        this.out = socket.getOutputStream();
    }

    static RtspConnection open(StreamUrl url, Deadline deadline, SSLSocketFactory tls) throws IOException {
        boolean secure = url.scheme().equals("rtsps");
        int port = url.port() >= 0 ? url.port() : secure ? DEFAULT_TLS_PORT : DEFAULT_PORT;
        Socket plain = new Socket();
        try {
            plain.setTcpNoDelay(true);
            plain.connect(new InetSocketAddress(url.host(), port), deadline.remainingMillisOrThrow());
            if (!secure) {
                return new RtspConnection(plain, deadline);
            }
            SSLSocket tlsSocket = (SSLSocket) tls.createSocket(plain, url.host(), port, true);
            SSLParameters parameters = tlsSocket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the camera
            tlsSocket.setSSLParameters(parameters);
            tlsSocket.setSoTimeout(deadline.remainingMillisOrThrow());
            tlsSocket.startHandshake();
            return new RtspConnection(tlsSocket, deadline);
        } catch (IOException | RuntimeException failed) {
            plain.close();
            throw failed;
        }
    }

    RtspResponse exchange(String request) throws IOException {
        exchanges++;
        out.write(request.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return RtspResponseReader.read(in);
    }

    /** True once a request went over this connection: a close seen after that is the server's, worth a retry. */
    boolean wasUsedBefore() {
        return exchanges > 1;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
