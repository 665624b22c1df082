package dev.switchboard.sandbox.emulator.e911;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.sandbox.emulator.account.NumberDetails;
import dev.switchboard.sandbox.emulator.http.Json;

/** The JSON:API resources of E911 v2 (§4.1, §4.9 shapes). */
public final class E911Json {

  private E911Json() {}

  /** An E911 record; every attribute a string, the address type pair left out when not set. */
  public static ObjectNode record(E911Record record, String baseUrl) {
    E911Address address = record.address();
    ObjectNode item = Json.object();
    item.put("type", "e911");
    item.put("id", record.id());
    ObjectNode attributes = item.putObject("attributes");
    attributes.put("label", address.label());
    attributes.put("first_name", address.firstName());
    attributes.put("last_name", address.lastName());
    attributes.put("street_number", address.streetNumber());
    attributes.put("street_name", address.streetName());
    if (address.addressType() != null) {
      attributes.put("address_type", address.addressType());
      attributes.put("address_type_number", address.addressTypeNumber());
    }
    attributes.put("city", address.city());
    attributes.put("state", address.state());
    attributes.put("country", address.country());
    attributes.put("zip", address.zip());
    item.putObject("links").put("self", url(record.id(), baseUrl));
    return item;
  }

  /** {@code {"data":<e911>}}, as Flowroute answers one record. */
  static ObjectNode document(E911Record record, String baseUrl) {
    ObjectNode document = Json.object();
    document.set("data", record(record, baseUrl));
    return document;
  }

  /** A number using a record (§4.9): its id is the number itself. */
  static ObjectNode linkedNumber(NumberDetails number, String baseUrl) {
    ObjectNode item = Json.object();
    item.putObject("attributes").put("alias", number.alias()).put("value", number.number());
    item.put("id", number.number());
    item.putObject("links").put("self", baseUrl + "/v2/numbers/" + number.number());
    item.put("type", "number");
    return item;
  }

  static String url(String id, String baseUrl) {
    return baseUrl + "/v2/e911s/" + id;
  }
}
