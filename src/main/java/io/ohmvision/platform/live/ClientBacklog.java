package io.ohmvision.platform.live;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * How far one live client is behind: messages sent to it that it has not been seen to read. A container hands a
 * message to the socket's own queue at once, however slowly the client reads, so "sent" proves nothing; a pong
 * does, because the client can only answer a ping after reading everything sent before it. Every
 * {@link #PING_EVERY} messages a ping with a random payload (no client can answer it without reading it) goes out,
 * and its pong confirms the messages sent before it. A client with more than {@code limit} unconfirmed messages is
 * too slow and must be dropped: the server never holds more than that for it. Thread-safe.
 */
final class ClientBacklog {

    /** One ping per this many messages: a few bytes per dozens of messages. */
    static final int PING_EVERY = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What to do with the next message: send it (then ping), or drop the client (once), then skip it. */
    enum Next { SEND, SEND_THEN_PING, DROP_CLIENT, SKIP }

    private final int limit;
    private long sent;
    private long confirmed;
    private long pingedAt = -1;
    private ByteBuffer pingPayload;
    private boolean dropped;

    ClientBacklog(int limit) {
        this.limit = limit;
    }

    synchronized Next send() {
        if (dropped) {
            return Next.SKIP;
        }
        if (sent - confirmed >= limit) {
            dropped = true;
            return Next.DROP_CLIENT;
        }
        sent++;
        if (pingedAt < 0 && sent - confirmed >= PING_EVERY) {
            pingedAt = sent;
            byte[] payload = new byte[8];
            RANDOM.nextBytes(payload);
            pingPayload = ByteBuffer.wrap(payload).asReadOnlyBuffer();
            return Next.SEND_THEN_PING;
        }
        return Next.SEND;
    }

    /** The payload of the ping {@link Next#SEND_THEN_PING} asked for. */
    synchronized Optional<ByteBuffer> ping() {
        return Optional.ofNullable(pingPayload).map(ByteBuffer::duplicate);
    }

    /** A pong arrived: when it answers the outstanding ping, everything sent before that ping was read. */
    synchronized void pong(ByteBuffer payload) {
        if (pingPayload != null && pingPayload.duplicate().equals(payload)) {
            confirmed = pingedAt;
            pingedAt = -1;
            pingPayload = null;
        }
    }

    synchronized long unconfirmed() {
        return sent - confirmed;
    }
}
