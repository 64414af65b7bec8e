package io.ohmvision.discovery.scan;

import java.net.Inet4Address;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * An IPv4 network in CIDR notation. Host bits given in the text are cleared (198.18.0.7/24 is 198.18.0.0/24), as
 * {@code ip route} does, so a host address with its prefix length names its subnet.
 *
 * @param network the network address as an unsigned 32-bit number held in an int
 * @param prefix  0..32
 */
public record Cidr(int network, int prefix) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?:/(\\d{1,2}))?");

    public Cidr {
        if (prefix < 0 || prefix > 32) {
            throw new ScanRefusedException("a prefix length is 0 to 32, not " + prefix);
        }
        network &= mask(prefix);
    }

    /** "a.b.c.d/n", or a bare address meaning that one host (/32). */
    public static Cidr parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new ScanRefusedException("'" + text + "' is not an IPv4 network in CIDR notation such as 192.168.1.0/24");
        }
        int address = 0;
        for (int i = 1; i <= 4; i++) {
            int octet = Integer.parseInt(m.group(i));
            if (octet > 255) {
                throw new ScanRefusedException("'" + text + "': " + octet + " is not an address byte (0 to 255)");
            }
            address = address << 8 | octet;
        }
        int prefix = m.group(5) == null ? 32 : Integer.parseInt(m.group(5));
        if (prefix > 32) {
            throw new ScanRefusedException("'" + text + "': a prefix length is 0 to 32, not " + prefix);
        }
        return new Cidr(address, prefix);
    }

    public static Cidr of(Inet4Address address, int prefix) {
        return new Cidr(toInt(address), prefix);
    }

    public static int toInt(Inet4Address address) {
        byte[] b = address.getAddress();
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | b[3] & 0xff;
    }

    public static String format(int address) {
        return (address >>> 24) + "." + (address >>> 16 & 0xff) + "." + (address >>> 8 & 0xff) + "." + (address & 0xff);
    }

    /** Every address in the network, the network and broadcast addresses included. */
    public long size() {
        return 1L << (32 - prefix);
    }

    public boolean contains(int address) {
        return (address & mask(prefix)) == network;
    }

    public boolean contains(Cidr other) {
        return other.prefix >= prefix && contains(other.network);
    }

    /**
     * The addresses a device can have: without the network and broadcast addresses, except in /31 (point-to-point,
     * RFC 3021) and /32 where every address is a host.
     */
    public IntStream hosts() {
        long first = Integer.toUnsignedLong(network);
        long last = first + size() - 1;
        if (prefix < 31) {
            first++;
            last--;
        }
        return LongStream.rangeClosed(first, last).mapToInt(a -> (int) a);
    }

    public long hostCount() {
        return prefix < 31 ? size() - 2 : size();
    }

    @Override
    public String toString() {
        return format(network) + "/" + prefix;
    }

    private static int mask(int prefix) {
        return prefix == 0 ? 0 : -1 << (32 - prefix);
    }
}
