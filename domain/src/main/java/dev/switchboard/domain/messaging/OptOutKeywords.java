package dev.switchboard.domain.messaging;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
  private static final Pattern TRAILING_MARKS = Pattern.compile("[.!]+$");

  /** Room for the longest keyword with spaces and marks around it. */
  private static final int LONGEST = 64;

  private OptOutKeywords() {}

  /** The intent of a message whose whole text is one keyword (case and spaces ignored). */
  public static Optional<Intent> of(String body) {
    // Keywords are short: longer texts are not read at all, the commonest case made cheap.
    if (body == null || body.length() > LONGEST) {
      return Optional.empty();
    }
    String word = TRAILING_MARKS.matcher(body.strip().toUpperCase(Locale.ROOT)).replaceAll("");
    if (STOP.contains(word)) {
      return Optional.of(Intent.STOP);
    }
    if (START.contains(word)) {
      return Optional.of(Intent.START);
    }
    return Optional.empty();
  }
}
