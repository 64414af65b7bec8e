package io.ohmvision.channels.rtsp;

import io.ohmvision.channels.PeerProtocolException;

/** The peer closed the connection before answering at all: on a reused connection the request is worth a retry. */
final class ClosedBeforeReplyException extends PeerProtocolException {

    ClosedBeforeReplyException() {
        super("the camera closed the connection without answering");
    }
}
