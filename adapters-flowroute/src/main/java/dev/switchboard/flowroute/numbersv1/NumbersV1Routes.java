package dev.switchboard.flowroute.numbersv1;

import dev.switchboard.domain.routes.Route;
import dev.switchboard.domain.routes.RouteId;
import dev.switchboard.domain.routes.RouteType;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.JsonApiDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers v1 names its routes where v2 numbers them: a route's name is its alias, and its id here
 * is a number derived from the name (the first 8 bytes of its SHA-256, modulo 10^18 - 1, plus 1),
 * so ids stay the digits the domain expects, stable across calls and replicas. The built-in {@code
 * sip-reg} is route 0, as in v2. The ids differ from the v2 ids of the same routes: a deployment
 * that changes API version must reconcile its routes again.
 */
final class NumbersV1Routes {

  static final String SIP_REG = "sip-reg";

  private static final long SPAN = 999_999_999_999_999_999L;

  private NumbersV1Routes() {}

  static RouteId idOf(String name) {
    if (SIP_REG.equalsIgnoreCase(name)) {
      return RouteId.SIP_REG;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      long value = 0;
      for (int i = 0; i < 8; i++) {
        value = (value << 8) | (hash[i] & 0xff);
      }
      return new RouteId(Long.toString(Long.remainderUnsigned(value, SPAN) + 1));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** A v1 route, {@code {"type":"HOST"|"PSTN"|"URI"|"SIP-REG","value":...}} under its name. */
  static Route route(String name, NumbersV1Answers.Route attributes) {
    NumbersV1Answers.Route route = attributes == null ? NumbersV1Answers.Route.NONE : attributes;
    RouteType type =
        FlowrouteJson.text(route.type())
            .map(RouteType::parse)
            .orElse(SIP_REG.equalsIgnoreCase(name) ? RouteType.SIP_REG : null);
    if (type == null) {
      throw JsonApiDocument.invalid("Flowroute's route " + name + " has no type");
    }
    if (type == RouteType.SIP_REG) {
      return Route.sipReg();
    }
    String value = FlowrouteJson.text(route.value()).orElse(null);
    return new Route(idOf(name), type, value, name, Optional.empty());
  }

  /** v1's name of a route type: {@code HOST}, {@code PSTN}, {@code URI}. */
  static String typeName(RouteType type) {
    return type == RouteType.NUMBER ? "PSTN" : type.wireName().toUpperCase(Locale.ROOT);
  }
}
