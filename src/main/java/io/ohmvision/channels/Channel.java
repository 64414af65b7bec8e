package io.ohmvision.channels;

import java.util.List;

/**
 * A way to reach cameras: the connection type it serves and the URL schemes it takes for it. Each channel declares
 * both, and {@link ChannelRegistry} looks channels up by that pair, so a new connection type is a new package plus
 * one registration, never a new branch in a central switch.
 */
public interface Channel {

    ConnectionType type();

    /** The URL schemes this channel takes; by default those its type's streams take (ConnectionType's table). */
    default List<String> schemes() {
        return type().streamSchemes();
    }
}
