package dev.switchboard.sandbox.emulator.messaging;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.http.Json;
import java.util.List;

/**
 * What {@code GET /sandbox/stats} shows: sends accepted, sends answered 429, and accepted sends per
 * distinct (from, to, body) in first-seen order, so a text accepted twice stands out.
 *
 * @param accepted sends stored and accepted (also those answered with an injected fault after)
 * @param rateLimited sends answered 429
 * @param perText accepted sends per distinct (from, to, body)
 */
public record SendStats(long accepted, long rateLimited, List<TextCount> perText) {

  public SendStats {
    perText = List.copyOf(perText);
  }

  /** One distinct text; {@code body} is null for an MMS without one. */
  public record Text(String from, String to, String body) {}

  /** How many accepted sends carried one text. */
  public record TextCount(Text text, long count) {}

  /** The texts accepted more than once. */
  public List<TextCount> duplicates() {
    return perText.stream().filter(t -> t.count() > 1).toList();
  }

  /** How many times this text was accepted (0 if never). */
  public long acceptedOf(String from, String to, String body) {
    Text wanted = new Text(from, to, body);
    return perText.stream().filter(t -> t.text().equals(wanted)).mapToLong(TextCount::count).sum();
  }

  public ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("accepted", accepted);
    json.put("rate_limited", rateLimited);
    ArrayNode duplicates = json.putArray("duplicates");
    ArrayNode texts = json.putArray("accepted_per_text");
    for (TextCount text : perText) {
      ObjectNode entry = Json.object();
      entry.put("from", text.text().from());
      entry.put("to", text.text().to());
      entry.put("body", text.text().body());
      entry.put("count", text.count());
      texts.add(entry);
      if (text.count() > 1) {
        duplicates.add(entry.deepCopy());
      }
    }
    return json;
  }
}
