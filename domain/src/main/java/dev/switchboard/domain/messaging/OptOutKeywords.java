package dev.switchboard.domain.messaging;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The carrier-standard keywords a phone texts to stop, or start again, receiving our messages. */
public final class OptOutKeywords {

  /** What an inbound keyword asks for. */
  public enum Intent {
    STOP,
    START
  }

  private static final Set<String> STOP =
      Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE");
  private static final Set<String> START = Set.of("START", "UNSTOP", "YES", "OPTIN");

  private OptOutKeywords() {}

  /** The intent of a message whose whole text is one keyword (case and spaces ignored). */
  public static Optional<Intent> of(String body) {
    if (body == null) {
      return Optional.empty();
    }
    String word = body.strip().toUpperCase(Locale.ROOT).replaceAll("[.!]+$", "");
    if (STOP.contains(word)) {
      return Optional.of(Intent.STOP);
    }
    if (START.contains(word)) {
      return Optional.of(Intent.START);
    }
    return Optional.empty();
  }
}
