package io.ohmvision.health.entity;


/** Why a camera is offline, in an operator's words. */
public final class Causes {

    private Causes() {
    }

    public static String describe(HealthCause cause) {
        if (cause == null) {
            return null;
        }
        return switch (cause) {
            case AUTH_FAILED -> "wrong user name or password";
            case NOT_FOUND -> "stream not found (wrong path or channel)";
            case BUSY -> "camera busy (too many clients or requests)";
            case TIMEOUT -> "no answer in time (host down, overloaded or network cut)";
            case REFUSED -> "connection refused (host up, service down)";
            case UNREACHABLE -> "host unreachable (no route or host down)";
            case PROTOCOL_ERROR -> "unexpected answer (wrong protocol or port)";
            case TLS_ERROR -> "TLS failure (certificate or handshake)";
            case UNSUPPORTED -> "not supported by this camera or version";
            case FROZEN_PICTURE -> "picture frozen (the stream answers but its image does not change)";
            case RECORDER_DOWN -> "recorder down (the NVR/DVR this channel is reached through does not answer)";
        };
    }
}
