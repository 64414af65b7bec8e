package io.ohmvision.discovery.scan;

/**
 * Where a scan stands. A connect is one address and port; a host is done when every port of it is.
 *
 * @param hostsAlive hosts that answered at all, with a connection or a refusal
 */
public record ScanProgress(long connectsDone, long connectsTotal, long hostsDone, long hostsTotal, long hostsAlive,
        long openPorts) {

    public static final ScanProgress NOT_STARTED = new ScanProgress(0, 0, 0, 0, 0, 0);

    /** 0 to 100, whole; 100 only when every connect is done (rounding down keeps 99.6 % from showing as finished). */
    public int percent() {
        return connectsTotal == 0 ? 0 : (int) (connectsDone * 100 / connectsTotal);
    }
}
