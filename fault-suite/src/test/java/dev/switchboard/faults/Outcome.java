package dev.switchboard.faults;

import dev.switchboard.sandbox.emulator.messaging.MessageRecord;
import dev.switchboard.sandbox.emulator.messaging.SendStats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What became of one scenario's messages, judged at the emulator and on Kafka: texts accepted more
 * or fewer times than queued, 429s, messages not final or not matching the emulator's record, and
 * status events that went backwards. Empty lists mean the scenario passed.
 */
final class Outcome {

  private static final Map<String, Integer> RANK =
      Map.of(
          "ACCEPTED", 0,
          "QUEUED", 1,
          "SENDING", 2,
          "SENT", 3,
          "DELIVERED", 4,
          "FAILED", 4,
          "EXPIRED", 4,
          "REJECTED", 4);

  final List<String> doubles = new ArrayList<>();
  final List<String> losses = new ArrayList<>();
  final List<String> notDelivered = new ArrayList<>();
  final List<String> wrongRecord = new ArrayList<>();
  final List<String> backwards = new ArrayList<>();
  final List<String> failedEvents = new ArrayList<>();
  long rateLimited;

  /** A message queued through the API: its id and its text as Flowroute sees it. */
  record Queued(String id, String from, String to, String body) {}

  /** One row of {@code messages}. */
  record Row(String status, String flowrouteId) {}

  static Outcome judge(
      List<Queued> queued,
      SendStats stats,
      List<MessageRecord> emulated,
      Map<String, Row> rows,
      StatusEvents events) {
    Outcome outcome = new Outcome();
    outcome.rateLimited = stats.rateLimited();
    Map<SendStats.Text, Integer> expected = new HashMap<>();
    for (Queued q : queued) {
      expected.merge(new SendStats.Text(q.from(), q.to(), q.body()), 1, Integer::sum);
    }
    expected.forEach(
        (text, count) -> {
          long accepted = stats.acceptedOf(text.from(), text.to(), text.body());
          if (accepted > count) {
            outcome.doubles.add(text.body() + " x" + accepted + " (queued " + count + ")");
          } else if (accepted < count) {
            outcome.losses.add(text.body() + " x" + accepted + " (queued " + count + ")");
          }
        });
    Map<String, MessageRecord> records = new HashMap<>();
    emulated.forEach(r -> records.put(r.id(), r));
    Set<String> flowrouteIds = new HashSet<>();
    for (Queued q : queued) {
      Row row = rows.get(q.id());
      if (row == null || !"DELIVERED".equals(row.status())) {
        outcome.notDelivered.add(q.id() + " " + (row == null ? "missing" : row.status()));
        continue;
      }
      MessageRecord record = records.get(row.flowrouteId());
      if (record == null
          || !q.body().equals(record.body())
          || !q.to().equals(record.to())
          || !flowrouteIds.add(row.flowrouteId())) {
        outcome.wrongRecord.add(q.id() + " -> " + row.flowrouteId());
      }
      List<StatusEvents.Change> changes = events.of(q.id());
      int last = -1;
      for (StatusEvents.Change change : changes) {
        int rank = RANK.getOrDefault(change.status(), -1);
        if (rank <= last) {
          outcome.backwards.add(q.id() + " " + statuses(changes));
          break;
        }
        last = rank;
      }
      if (changes.stream().anyMatch(c -> c.status().equals("FAILED"))) {
        outcome.failedEvents.add(q.id());
      }
    }
    return outcome;
  }

  private static List<String> statuses(List<StatusEvents.Change> changes) {
    return changes.stream().map(StatusEvents.Change::status).toList();
  }

  boolean passed() {
    return doubles.isEmpty()
        && losses.isEmpty()
        && notDelivered.isEmpty()
        && wrongRecord.isEmpty()
        && backwards.isEmpty()
        && rateLimited == 0;
  }

  @Override
  public String toString() {
    return "doubles "
        + doubles.size()
        + " "
        + first(doubles)
        + ", losses "
        + losses.size()
        + " "
        + first(losses)
        + ", not DELIVERED "
        + notDelivered.size()
        + " "
        + first(notDelivered)
        + ", not matching the emulator's record "
        + wrongRecord.size()
        + " "
        + first(wrongRecord)
        + ", status events backwards "
        + backwards.size()
        + " "
        + first(backwards)
        + ", 429s "
        + rateLimited;
  }

  private static List<String> first(List<String> items) {
    return items.subList(0, Math.min(3, items.size()));
  }
}
