package io.ohmvision.discovery.scan;

/**
 * A scan request that must not run: unreadable CIDR, a range too wide, a network the host is not on and that the
 * configuration does not allow, a bad port. The message is written for the person who sent the request.
 */
public class ScanRefusedException extends IllegalArgumentException {

    public ScanRefusedException(String message) {
        super(message);
    }
}
