package dev.switchboard.sandbox.emulator.cnam;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.account.NumberDetails;
import dev.switchboard.sandbox.emulator.http.Json;
import dev.switchboard.sandbox.emulator.http.Timestamps;
import dev.switchboard.sandbox.emulator.numbers.NumberJson;
import java.time.Instant;
import java.util.List;

/** The JSON:API resources of CNAM v2 (§5.1 to §5.7 shapes). */
public final class CnamJson {

  private CnamJson() {}

  /** A CNAM record with Python-style, space-separated datetimes. */
  public static ObjectNode record(CnamRecord record, String baseUrl) {
    ObjectNode item = Json.object();
    item.put("type", "cnam");
    item.put("id", record.id());
    ObjectNode attributes = item.putObject("attributes");
    attributes.put("value", record.value());
    attributes.put("is_approved", record.approved());
    attributes.put(
        "approval_datetime",
        record.approvedAt() == null ? null : Timestamps.python(record.approvedAt()));
    attributes.put("creation_datetime", Timestamps.python(record.createdAt()));
    attributes.put("rejection_reason", record.rejectionReason());
    item.putObject("links").put("self", url(record.id(), baseUrl));
    return item;
  }

  /** {@code {"data":<cnam>}}, as creation and update answer. */
  public static ObjectNode document(CnamRecord record, String baseUrl) {
    ObjectNode document = Json.object();
    document.set("data", record(record, baseUrl));
    return document;
  }

  /** The details document: the record with its numbers in relationships and included. */
  static ObjectNode details(CnamRecord record, List<NumberDetails> numbers, String baseUrl) {
    ObjectNode document = document(record, baseUrl);
    ArrayNode related =
        ((ObjectNode) document.get("data"))
            .putObject("relationships")
            .putObject("numbers")
            .putArray("data");
    ArrayNode included = document.putArray("included");
    for (NumberDetails number : numbers) {
      related.addObject().put("id", number.number()).put("type", "number");
      included.add(NumberJson.owned(number, baseUrl));
    }
    return document;
  }

  /**
   * The 202 of an assignment ({@code id} the record's, as an integer) or of an unassignment ({@code
   * id} null), with an RFC-1123 {@code date_created}.
   */
  static ObjectNode assignment(String id, Instant at) {
    ObjectNode document = Json.object();
    ObjectNode data = document.putObject("data");
    data.putObject("attributes").put("date_created", Timestamps.rfc1123(at));
    if (id == null) {
      data.putNull("id");
    } else {
      data.put("id", Long.parseLong(id));
    }
    data.put("type", "cnam");
    return document;
  }

  static String url(String id, String baseUrl) {
    return baseUrl + "/v2/cnams/" + id;
  }
}
