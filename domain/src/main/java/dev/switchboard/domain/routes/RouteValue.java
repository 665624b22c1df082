package dev.switchboard.domain.routes;

import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules Flowroute applies to a route's value: a host (name or IPv4, optional port), an 11-digit
 * number, or a {@code sip:}/{@code sips:} URI, each optionally followed by {@code
 * ;transport=udp|tcp|tls} and {@code ;weight=0..1000} for weight-based routing.
 */
public final class RouteValue {

  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final String HOSTNAME = LABEL + "(?:\\." + LABEL + ")*";
  private static final String PORT = "(?::(\\d{1,5}))?";
  private static final Pattern HOST = Pattern.compile("(" + HOSTNAME + ")" + PORT);
  private static final Pattern NUMBER = Pattern.compile("1[2-9]\\d{2}[2-9]\\d{6}");
  private static final Pattern URI =
      Pattern.compile("sips?:[A-Za-z0-9._~+%!$&'()*,=-]+@(" + HOSTNAME + ")" + PORT);
  private static final Pattern PARAM = Pattern.compile("(transport|weight)=([A-Za-z0-9]+)");

  private RouteValue() {}

  /** Returns the value when it is valid for the type, or throws with what is wrong. */
  public static String requireValid(RouteType type, String value) {
    if (type == RouteType.SIP_REG) {
      return null;
    }
    if (value == null || value.isBlank()) {
      throw invalid("a " + type.wireName() + " route needs a value");
    }
    String[] parts = value.strip().split(";", -1);
    String target = parts[0];
    boolean ok =
        switch (type) {
          case HOST -> port(HOST.matcher(target), 2);
          case NUMBER -> NUMBER.matcher(target).matches();
          case URI -> port(URI.matcher(target), 2);
          case SIP_REG -> true;
        };
    if (!ok) {
      throw invalid(
          switch (type) {
            case HOST -> "'" + target + "' is not a host name or IPv4 address with optional :port";
            case NUMBER -> "'" + target + "' is not an 11-digit number (1NPANXXXXXX)";
            default -> "'" + target + "' is not a sip: or sips: URI (sip:user@domain[:port])";
          });
    }
    for (int i = 1; i < parts.length; i++) {
      Matcher param = PARAM.matcher(parts[i]);
      if (!param.matches()) {
        throw invalid("unknown route parameter ';" + parts[i] + "' (transport or weight)");
      }
      if (param.group(1).equals("transport") && !param.group(2).matches("udp|tcp|tls")) {
        throw invalid("transport must be udp, tcp or tls");
      }
      if (param.group(1).equals("weight")) {
        weightOf(param.group(2));
      }
    }
    return value.strip();
  }

  /** The {@code ;weight=} of a value, if it has one. */
  public static OptionalInt weight(String value) {
    if (value == null) {
      return OptionalInt.empty();
    }
    for (String part : value.split(";")) {
      if (part.startsWith("weight=")) {
        return OptionalInt.of(weightOf(part.substring(7)));
      }
    }
    return OptionalInt.empty();
  }

  private static int weightOf(String raw) {
    if (!raw.matches("\\d{1,4}") || Integer.parseInt(raw) > 1000) {
      throw invalid("weight must be a whole number from 0 to 1000");
    }
    return Integer.parseInt(raw);
  }

  private static boolean port(Matcher matcher, int group) {
    if (!matcher.matches()) {
      return false;
    }
    String port = matcher.group(group);
    return port == null || (Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= 65535);
  }

  private static ValidationException invalid(String message) {
    return new ValidationException(ProblemType.INVALID_ROUTE_VALUE, message);
  }
}
