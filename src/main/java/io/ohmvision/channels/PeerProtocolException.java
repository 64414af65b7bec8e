package io.ohmvision.channels;

import java.io.IOException;

/**
 * The peer answered, but not in its protocol. Messages are written by OhmVision, never copied from the peer,
 * because a peer could echo a request that carried credentials.
 */
public class PeerProtocolException extends IOException {

    public PeerProtocolException(String message) {
        super(message);
    }
}
