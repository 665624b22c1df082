package dev.switchboard.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's collector pauses from its unified GC log ({@code -Xlog:gc:file=...:utctime}). The p99
 * runs used to take them from a JFR recording each; a recording makes the JVM throw compiled code
 * away (C2 then used half a core for a minute), so the runs measured the recording. The log costs
 * one line per collection.
 */
final class GcLog {

  /** The JVM option that writes the log read here. */
  static String option(Path file) {
    return "-Xlog:gc:file=" + file.toAbsolutePath() + ":utctime";
  }

  // [2026-12-06T23:40:01.123+0000] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 24M->8M(64M)
  // 3.456ms
  private static final Pattern PAUSE =
      Pattern.compile("^\\[([^\\]]+)\\] GC\\(\\d+\\) Pause .* ([0-9]+(?:\\.[0-9]+)?)ms$");

  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private GcLog() {}

  /** Every pause in the log, when it ended minus its length being its start; none if no log. */
  static List<StallWatch.GcPause> pauses(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    return pauses(Files.readAllLines(file));
  }

  static List<StallWatch.GcPause> pauses(List<String> lines) {
    List<StallWatch.GcPause> pauses = new ArrayList<>();
    for (String line : lines) {
      Matcher m = PAUSE.matcher(line.strip());
      if (m.matches()) {
        double millis = Double.parseDouble(m.group(2));
        // The line is written when the pause ends.
        Instant end = OffsetDateTime.parse(m.group(1), UTC_TIME).toInstant();
        pauses.add(new StallWatch.GcPause(end.minusNanos((long) (millis * 1e6)), millis));
      }
    }
    return pauses;
  }
}
