package dev.switchboard.api.console;

import dev.switchboard.api.messages.MessageView;
import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.DlrCodes;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.history.HistoryEntry;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The small records the console's templates render, shaped for a page rather than for JSON. */
final class Views {

  private Views() {}

  /** A 303 to a console page that shows {@code notice} (post, redirect, get). */
  static Response seeOther(String path, String notice) {
    return Response.seeOther(UriBuilder.fromPath(path).queryParam("notice", notice).build())
        .build();
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /**
   * Which row of a list is shown as a form (edited in place), with its values and the refusal of
   * its last save; or which row's delete was refused, and why.
   *
   * @param id the row being edited, or whose delete was refused; "" for none
   * @param values the form's values while editing, null when the row is not being edited
   * @param problem why its save or delete was refused, null when it was not
   */
  @TemplateData
  record Editing(String id, Map<String, String> values, String problem) {

    static Editing none() {
      return new Editing("", null, null);
    }

    static Editing of(String id, Map<String, String> values) {
      return new Editing(id, values, null);
    }

    static Editing refused(String id, String problem) {
      return new Editing(id, null, problem);
    }

    public boolean editing(String row) {
      return values != null && id.equals(row);
    }

    public String problemOf(String row) {
      return id.equals(row) ? problem : null;
    }

    public String value(String name) {
      String value = values == null ? null : values.get(name);
      return value == null ? "" : value;
    }
  }

  /** How long ago, for people: "42 s", "5 min", "3 h", "2 d". */
  static String age(Instant then, Instant now) {
    if (then == null) {
      return "";
    }
    long seconds = Math.max(0, Duration.between(then, now).getSeconds());
    if (seconds < 90) {
      return seconds + " s ago";
    }
    if (seconds < 90 * 60) {
      return seconds / 60 + " min ago";
    }
    if (seconds < 36 * 3600) {
      return seconds / 3600 + " h ago";
    }
    return seconds / 86_400 + " d ago";
  }

  static String preview(String body) {
    if (body == null || body.isEmpty()) {
      return "";
    }
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
  }

  /**
   * One row of the message list or one bubble of a conversation.
   *
   * @param ours our number in it (from for outbound, to for inbound)
   * @param peer the other party
   */
  @TemplateData
  record MessageRow(
      String id,
      boolean outbound,
      String direction,
      String ours,
      String peer,
      String preview,
      String body,
      String status,
      String age,
      Instant createdAt,
      String failure,
      List<MediaRow> media) {

    static MessageRow of(MessageView m, Instant now) {
      boolean outbound = "OUTBOUND".equals(m.direction());
      return new MessageRow(
          m.id(),
          outbound,
          outbound ? "Out" : "In",
          outbound ? m.from() : m.to(),
          outbound ? m.to() : m.from(),
          Views.preview(m.body()),
          m.body() == null ? "" : m.body(),
          m.status(),
          Views.age(m.createdAt(), now),
          m.createdAt(),
          m.failure() == null ? null : m.failure().code() + ": " + m.failure().reason(),
          MediaRow.of(m));
    }
  }

  /**
   * One step of a message's status timeline.
   *
   * @param status the status reached, or null for a step derived from the message's own fields
   * @param receipt the delivery receipt that caused it, as people read it; null when none did
   */
  @TemplateData
  record Step(Instant at, String status, String what, String receipt) {

    static Step of(HistoryEntry entry) {
      StringBuilder what = new StringBuilder();
      entry.previous().ifPresent(p -> what.append("from ").append(p.name()));
      if (entry.requeued()) {
        what.append(what.isEmpty() ? "" : "; ")
            .append(
                entry.previous().filter(p -> p == MessageStatus.SENDING).isPresent()
                    ? "back in the queue"
                    : "waiting")
            .append(", next attempt at ")
            .append(entry.nextAttemptAt().get());
      }
      if (entry.code() != null) {
        what.append(what.isEmpty() ? "" : "; ")
            .append(entry.code())
            .append(entry.reason() == null ? "" : ": " + entry.reason());
      }
      return new Step(
          entry.at(),
          entry.status().name(),
          what.toString(),
          entry.receipt().map(Views::receipt).orElse(null));
    }
  }

  /**
   * A message in a conversation's thread, with the delivery receipts of an outbound one.
   *
   * @param receipts each receipt in a line (level, Flowroute's code and its meaning), oldest first
   */
  @TemplateData
  record ThreadItem(MessageRow row, List<String> receipts) {}

  /** A delivery receipt in a line: its level, Flowroute's code and what the code means. */
  static String receipt(DeliveryReceipt receipt) {
    return "receipt level "
        + receipt.level()
        + (receipt.statusCode() == null ? "" : ", code " + receipt.statusCode())
        + ": "
        + DlrCodes.meaning(receipt);
  }

  /**
   * One delivery receipt Flowroute sent for a message.
   *
   * @param code Flowroute's status code, or null (a level-1 receipt has none)
   * @param meaning what the code means in Flowroute's table, else the receipt's own words
   */
  @TemplateData
  record ReceiptRow(Instant at, int level, String status, Integer code, String meaning) {

    static ReceiptRow of(DeliveryReceipt receipt) {
      return new ReceiptRow(
          receipt.timestamp(),
          receipt.level(),
          receipt.status(),
          receipt.statusCode(),
          DlrCodes.meaning(receipt));
    }
  }

  /**
   * One medium of a message as the console shows it. An inbound medium is shown from our copy,
   * through the console ({@code href}), never from Flowroute's link.
   *
   * @param href where the console serves it or, for outbound media, the sender's own URL; null
   *     while our copy of an inbound medium is not made
   * @param image whether to show it inline as an image
   */
  @TemplateData
  record MediaRow(String href, String name, String type, boolean image, boolean ours) {

    static List<MediaRow> of(MessageView m) {
      boolean inbound = "INBOUND".equals(m.direction());
      List<MediaRow> rows = new ArrayList<>();
      for (int i = 0; i < m.media().size(); i++) {
        MessageView.MediaView media = m.media().get(i);
        String type = media.archived() != null ? media.archived().contentType() : media.mimeType();
        String href =
            !inbound
                ? media.url()
                : media.archived() == null ? null : "/console/messages/" + m.id() + "/media/" + i;
        String name = media.fileName() != null ? media.fileName() : "medium " + (i + 1);
        rows.add(
            new MediaRow(
                href,
                name,
                type == null ? "unknown type" : type,
                inbound && href != null && type != null && type.startsWith("image/"),
                inbound));
      }
      return rows;
    }
  }

  /** A form's values and its problems, field by field ("" for the form as a whole). */
  @TemplateData
  record Form(Map<String, String> values, Map<String, String> errors) {

    static Form empty() {
      return new Form(Map.of(), Map.of());
    }

    public String value(String name) {
      return values.getOrDefault(name, "");
    }

    public String error(String name) {
      return errors.get(name);
    }

    public boolean hasError(String name) {
      return errors.containsKey(name);
    }

    public List<String> general() {
      String error = errors.get("");
      return error == null ? List.of() : List.of(error);
    }
  }
}
