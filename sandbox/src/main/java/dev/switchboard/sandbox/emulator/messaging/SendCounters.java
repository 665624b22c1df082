package dev.switchboard.sandbox.emulator.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts sends accepted and answered 429, and accepted sends per distinct (from, to, body). */
final class SendCounters {

  private long accepted;
  private long rateLimited;
  private final Map<SendStats.Text, Long> perText = new LinkedHashMap<>();

  synchronized void accepted(String from, String to, String body) {
    accepted++;
    perText.merge(new SendStats.Text(from, to, body), 1L, Long::sum);
  }

  synchronized void rateLimited() {
    rateLimited++;
  }

  synchronized SendStats snapshot() {
    List<SendStats.TextCount> texts = new ArrayList<>();
    perText.forEach((text, count) -> texts.add(new SendStats.TextCount(text, count)));
    return new SendStats(accepted, rateLimited, texts);
  }

  synchronized void reset() {
    accepted = 0;
    rateLimited = 0;
    perText.clear();
  }
}
