package dev.switchboard.api.console;

import dev.switchboard.api.messages.MessageView;
import io.quarkus.qute.TemplateData;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Duration;
import java.time.Instant;
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
      String failure) {

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
          m.failure() == null ? null : m.failure().code() + ": " + m.failure().reason());
    }
  }

  /** One step of a message's status timeline. */
  @TemplateData
  record Step(Instant at, String what) {}

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
