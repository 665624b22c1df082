package dev.switchboard.sandbox.emulator.routes;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flowroute's rules for a route's value: a host name or IPv4 address with an optional port, an
 * 11-digit number, or a {@code sip:}/{@code sips:} URI; then optionally {@code
 * ;transport=udp|tcp|tls} (hosts and URIs) and {@code ;weight=0..1000}.
 */
public final class RouteValues {

  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final String HOSTNAME = LABEL + "(?:\\." + LABEL + ")*";
  private static final Pattern HOST = Pattern.compile("(" + HOSTNAME + ")(?::(\\d{1,5}))?");
  private static final Pattern NUMBER = Pattern.compile("1[2-9]\\d{9}");
  private static final Pattern URI =
      Pattern.compile("sips?:([A-Za-z0-9._~+%!$&'()*,=-]+)@(" + HOSTNAME + ")(?::(\\d{1,5}))?");
  private static final Pattern PARAM = Pattern.compile("([A-Za-z]+)=([^;]*)");

  private RouteValues() {}

  /** The route types a caller may create; {@code PSTN} etc. are v1's names. */
  public static String routeType(String given) {
    if (given == null) {
      return null;
    }
    return switch (given.trim().toLowerCase(Locale.ROOT)) {
      case "host" -> "host";
      case "number", "pstn" -> "number";
      case "uri" -> "uri";
      default -> null;
    };
  }

  /** Null when the value is valid for the type, else what is wrong with it. */
  public static String problem(String routeType, String value) {
    if (value == null || value.isBlank()) {
      return "A " + routeType + " route needs a value.";
    }
    String[] parts = value.trim().split(";", -1);
    String target = parts[0];
    String targetProblem =
        switch (routeType) {
          case "host" -> hostProblem(target);
          case "number" ->
              NUMBER.matcher(target).matches()
                  ? null
                  : "'" + target + "' is not an 11-digit number such as 16476998778.";
          default -> uriProblem(target);
        };
    if (targetProblem != null) {
      return targetProblem;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < parts.length; i++) {
      Matcher param = PARAM.matcher(parts[i]);
      if (!param.matches()) {
        return "Unknown route parameter ';" + parts[i] + "': use ;transport= or ;weight=.";
      }
      String name = param.group(1).toLowerCase(Locale.ROOT);
      String given = param.group(2);
      if (!seen.add(name)) {
        return "The parameter ;" + name + "= is given twice.";
      }
      if (name.equals("transport")) {
        if (routeType.equals("number")) {
          return ";transport= applies to host and uri routes only.";
        }
        if (!given.toLowerCase(Locale.ROOT).matches("udp|tcp|tls")) {
          return "transport must be udp, tcp or tls.";
        }
      } else if (name.equals("weight")) {
        if (!given.matches("\\d{1,4}") || Integer.parseInt(given) > 1000) {
          return "weight must be a whole number from 0 to 1000.";
        }
      } else {
        return "Unknown route parameter ;" + name + "=: use ;transport= or ;weight=.";
      }
    }
    return null;
  }

  private static String hostProblem(String target) {
    Matcher host = HOST.matcher(target);
    if (!host.matches() || !ipv4Ok(host.group(1)) || !portOk(host.group(2))) {
      return "'"
          + target
          + "' is not a host name or IPv4 address with an optional port, such as"
          + " 24.239.23.40:5060 or myphone.com.";
    }
    return null;
  }

  private static String uriProblem(String target) {
    Matcher uri = URI.matcher(target);
    if (!uri.matches() || !ipv4Ok(uri.group(2)) || !portOk(uri.group(3))) {
      return "'"
          + target
          + "' is not a SIP URI such as sip:alice@atlanta.com or"
          + " sip:16476998778@215.122.69.152:5060.";
    }
    return null;
  }

  /** Names made only of digits and dots must be dotted-quad IPv4 addresses. */
  private static boolean ipv4Ok(String host) {
    if (!host.matches("[0-9.]+")) {
      return true;
    }
    String[] octets = host.split("\\.");
    if (octets.length != 4) {
      return false;
    }
    for (String octet : octets) {
      if (octet.length() > 3 || Integer.parseInt(octet) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean portOk(String port) {
    return port == null || (Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535);
  }
}
