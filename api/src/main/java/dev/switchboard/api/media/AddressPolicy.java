package dev.switchboard.api.media;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses a media check may connect to: none that is loopback, unspecified, private,
 * carrier-grade NAT, link-local (cloud metadata lives at 169.254.169.254 and fd00:ec2::254),
 * unique-local or multicast, unless the allow-list names the host or a range that holds it. Checked
 * for every address a host resolves to, so that a name cannot hide one such address among others.
 */
final class AddressPolicy {

  private record Range(byte[] network, int prefix) {

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      BigInteger mask =
          BigInteger.ONE
              .shiftLeft(bytes.length * 8)
              .subtract(BigInteger.ONE)
              .shiftRight(prefix)
              .not();
      return new BigInteger(1, bytes).and(mask).equals(new BigInteger(1, network).and(mask));
    }
  }

  private static final List<Range> FORBIDDEN =
      List.of(
          range("0.0.0.0/8"),
          range("10.0.0.0/8"),
          range("100.64.0.0/10"),
          range("127.0.0.0/8"),
          range("169.254.0.0/16"),
          range("172.16.0.0/12"),
          range("192.0.0.0/24"),
          range("192.168.0.0/16"),
          range("198.18.0.0/15"),
          range("224.0.0.0/3"),
          range("::/128"),
          range("::1/128"),
          range("fc00::/7"),
          range("fe80::/10"),
          range("ff00::/8"));

  private final List<String> hosts = new ArrayList<>();
  private final List<Range> ranges = new ArrayList<>();

  AddressPolicy(Optional<List<String>> allow) {
    for (String entry : allow.orElse(List.of())) {
      String e = entry.strip();
      if (e.isEmpty()) {
        continue;
      }
      boolean literal =
          e.contains(":") || e.chars().allMatch(c -> Character.isDigit(c) || c == '.');
      if (e.contains("/") || literal) {
        ranges.add(range(e.contains("/") ? e : e + (e.contains(":") ? "/128" : "/32")));
      } else {
        hosts.add(e.toLowerCase(Locale.ROOT));
      }
    }
  }

  /** Why this address of {@code host} may not be fetched, or empty when it may. */
  Optional<String> refusal(String host, InetAddress address) {
    if (hosts.contains(host.toLowerCase(Locale.ROOT))
        || ranges.stream().anyMatch(r -> r.contains(address))) {
      return Optional.empty();
    }
    InetAddress plain = unmapped(address);
    if (plain.isLoopbackAddress()
        || plain.isAnyLocalAddress()
        || plain.isLinkLocalAddress()
        || plain.isSiteLocalAddress()
        || plain.isMulticastAddress()
        || FORBIDDEN.stream().anyMatch(r -> r.contains(plain))) {
      return Optional.of(
          host
              + " resolves to "
              + plain.getHostAddress()
              + ", a loopback, private, link-local or metadata address");
    }
    return Optional.empty();
  }

  /** An IPv4 address written as IPv6 (::ffff:a.b.c.d) is judged as the IPv4 address it is. */
  private static InetAddress unmapped(InetAddress address) {
    if (address instanceof Inet6Address) {
      byte[] b = address.getAddress();
      boolean mapped = true;
      for (int i = 0; i < 10; i++) {
        mapped &= b[i] == 0;
      }
      if (mapped && b[10] == (byte) 0xff && b[11] == (byte) 0xff) {
        try {
          return Inet4Address.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        } catch (UnknownHostException e) {
          throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
      }
    }
    return address;
  }

  private static Range range(String cidr) {
    int slash = cidr.indexOf('/');
    try {
      // Only literals reach here, so no name is looked up.
      InetAddress network = InetAddress.getByName(cidr.substring(0, slash));
      return new Range(network.getAddress(), Integer.parseInt(cidr.substring(slash + 1)));
    } catch (UnknownHostException | NumberFormatException e) {
      throw new IllegalArgumentException("not an address range: " + cidr, e);
    }
  }
}
