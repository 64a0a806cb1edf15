package news.cms.app.security;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proxies whose forwarding headers are believed ({@code CMS_TRUSTED_PROXIES}: addresses or CIDR
 * ranges, comma-separated; none by default). Anyone can send {@code X-Forwarded-For}; only a proxy we
 * know appends what it saw, so the chain is read from the right and stops at the first hop that is no
 * trusted proxy: that is the client. Entries further left were written by the client and count for
 * nothing.
 */
final class TrustedProxies {

    static final String SETTING = "CMS_TRUSTED_PROXIES";

    /** A network: the address with its host bits cleared and the prefix length, in the address's own family. */
    private record Range(byte[] network, int prefix) {

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            return Arrays.equals(masked(bytes, prefix), network);
        }
    }

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** Hex groups and colons, possibly ending in a dotted IPv4 part: never a host name, so never a DNS lookup. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");
    private static final int IPV4_MAPPED_PREFIX = 96;

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * @param setting the comma-separated addresses and ranges, blank for none
     * @throws IllegalArgumentException naming the first value that is not an address or a range
     */
    static TrustedProxies parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        if (setting != null) {
            for (String value : setting.split(",")) {
                if (!value.isBlank()) {
                    ranges.add(range(value.strip()));
                }
            }
        }
        return new TrustedProxies(ranges);
    }

    boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * The client of a connection from {@code socket} that carried these {@code X-Forwarded-For}
     * values (each a comma-separated list, in the order the headers came).
     */
    InetAddress client(InetAddress socket, List<String> forwardedFor) {
        InetAddress believed = socket;
        if (!trusts(socket)) {
            return socket;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            hops.addAll(Arrays.asList(header.split(",")));
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(withoutPort(hops.get(i).strip()));
            if (hop.isEmpty()) {
                return believed; // not an address: what a trusted hop saw is the best we know
            }
            believed = hop.get();
            if (!trusts(believed)) {
                return believed;
            }
        }
        return believed;
    }

    private static Range range(String value) {
        int slash = value.indexOf('/');
        String host = slash < 0 ? value : value.substring(0, slash);
        InetAddress address = literal(host).orElseThrow(() -> bad(value));
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw bad(value);
            }
            // ::ffff:10.0.0.0/104 is read as an IPv4 address by the JDK: its prefix counts the 96 mapping bits too
            if (host.contains(":") && address instanceof Inet4Address) {
                prefix -= IPV4_MAPPED_PREFIX;
            }
        }
        if (prefix < 0 || prefix > bits) {
            throw bad(value);
        }
        return new Range(masked(address.getAddress(), prefix), prefix);
    }

    /** An IP address written as one, or empty: host names are never looked up. */
    static Optional<InetAddress> literal(String text) {
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** {@code [2001:db8::1]:4711} and {@code 192.0.2.1:4711}, as some proxies write them, without the port. */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int close = hop.indexOf(']');
            return close < 0 ? hop : hop.substring(1, close);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop;
    }

    private static byte[] masked(byte[] address, int prefix) {
        byte[] network = address.clone();
        for (int i = 0; i < network.length; i++) {
            int keep = Math.max(0, Math.min(8, prefix - i * 8));
            network[i] &= (byte) (0xFF << (8 - keep));
        }
        return network;
    }

    private static IllegalArgumentException bad(String value) {
        return new IllegalArgumentException(SETTING + ": \"" + value + "\" is not an IP address or a CIDR range "
                + "(such as 10.0.0.5, 10.0.0.0/8 or 2001:db8::/32)");
    }
}
