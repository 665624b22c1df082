package dev.switchboard.api.web;

import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Reads query parameters into domain values, refusing bad ones with a problem. */
public final class Params {

  private Params() {}

  public static Optional<String> text(String raw) {
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(raw.strip());
  }

  public static Optional<NumberType> type(String raw) {
    return text(raw)
        .map(
            v ->
                switch (v.toLowerCase(Locale.ROOT).replace('-', '_')) {
                  case "local", "standard", "longcode" -> NumberType.LOCAL;
                  case "toll_free", "tollfree" -> NumberType.TOLL_FREE;
                  default ->
                      throw new ValidationException(
                          ProblemType.INVALID_QUERY_PARAMETER, "type must be local or toll_free");
                });
  }

  public static Optional<BigDecimal> money(String name, String raw) {
    try {
      return text(raw).map(BigDecimal::new);
    } catch (NumberFormatException e) {
      throw new ValidationException(
          ProblemType.INVALID_QUERY_PARAMETER, name + " must be a number");
    }
  }

  public static Optional<Boolean> bool(String name, String raw) {
    return text(raw)
        .map(
            v -> {
              if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(v);
              }
              throw new ValidationException(
                  ProblemType.INVALID_QUERY_PARAMETER, name + " must be true or false");
            });
  }

  /** A whole-number parameter; JAX-RS would answer a 404 for a malformed one. */
  public static int integer(String name, String raw, int defaultValue) {
    try {
      return text(raw).map(Integer::parseInt).orElse(defaultValue);
    } catch (NumberFormatException e) {
      throw new ValidationException(
          ProblemType.INVALID_QUERY_PARAMETER, name + " must be a whole number");
    }
  }

  /** A parameter read by {@code parse} (which refuses a bad value), or empty when absent. */
  public static <T> Optional<T> optional(String raw, Function<String, T> parse) {
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(parse.apply(raw));
  }

  /** One of an enum's values, whatever its case. */
  public static <E extends Enum<E>> E enumOf(Class<E> type, String name, String raw) {
    try {
      return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ValidationException(
          ProblemType.INVALID_QUERY_PARAMETER, "'" + raw + "' is not a valid " + name);
    }
  }

  /** An ISO-8601 instant. */
  public static Instant instant(String name, String raw) {
    try {
      return Instant.parse(raw);
    } catch (DateTimeParseException e) {
      throw new ValidationException(
          ProblemType.INVALID_QUERY_PARAMETER,
          name + " must be an ISO-8601 instant such as 2026-01-31T12:00:00Z");
    }
  }

  /** The caller: the token's subject (idempotency keys and opt-out changes are recorded by it). */
  public static String caller(SecurityContext security) {
    return security.getUserPrincipal() instanceof JsonWebToken token
        ? token.getSubject()
        : security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
  }
}
