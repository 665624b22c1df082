package dev.switchboard.flowroute.e911.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.domain.e911.AddressType;
import dev.switchboard.domain.e911.PostalAddress;

/**
 * The JSON:API envelope of {@code POST /v2/e911s/validate}, {@code POST /v2/e911s} and {@code PATCH
 * /v2/e911s/{id}} (§4.4–§4.6).
 */
public record E911Request(Data data) {

  /** The resource object. */
  public record Data(String type, Attributes attributes) {}

  /**
   * The address fields, every one a string: responses carry strings although the docs type {@code
   * street_number} and {@code address_type_number} as integers in places (§4.1). The unit goes out
   * as the documented full name ({@code Suite}, not {@code SU}), and only when there is one, as the
   * SDK does.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Attributes(
      String label,
      @JsonProperty("first_name") String firstName,
      @JsonProperty("last_name") String lastName,
      @JsonProperty("street_name") String streetName,
      @JsonProperty("street_number") String streetNumber,
      @JsonProperty("address_type") String addressType,
      @JsonProperty("address_type_number") String addressTypeNumber,
      String city,
      String state,
      String country,
      String zip) {}

  public static E911Request of(PostalAddress address) {
    return new E911Request(
        new Data(
            "e911",
            new Attributes(
                address.label(),
                address.firstName(),
                address.lastName(),
                address.streetName(),
                address.streetNumber(),
                address.addressType().map(AddressType::label).orElse(null),
                address.addressTypeNumber().orElse(null),
                address.city(),
                address.state(),
                address.country().name(),
                address.zip())));
  }

  /**
   * The body of an update: only the attributes that differ from {@code current}, as Flowroute's
   * update page documents ("you can update one or more of the attribute fields",
   * developer.flowroute.com numbers/v2.0/update-and-validate-existing-e911-address). A unit that is
   * removed goes out as explicit nulls for {@code address_type} and {@code address_type_number}: a
   * PATCH merges, so leaving them out would keep the old unit, and Flowroute takes these nulls (the
   * Python SDK's {@code e911s_controller.update_address} sends both as null whenever no unit is
   * given, and its README shows that update answered 200).
   */
  public static JsonNode forUpdate(ObjectMapper json, PostalAddress current, PostalAddress wanted) {
    ObjectNode before = (ObjectNode) json.valueToTree(of(current)).path("data").path("attributes");
    ObjectNode after = (ObjectNode) json.valueToTree(of(wanted)).path("data").path("attributes");
    ObjectNode changed = json.createObjectNode();
    after
        .fields()
        .forEachRemaining(
            field -> {
              if (!field.getValue().equals(before.get(field.getKey()))) {
                changed.set(field.getKey(), field.getValue());
              }
            });
    if (wanted.addressType().isEmpty() && current.addressType().isPresent()) {
      changed.putNull("address_type");
      changed.putNull("address_type_number");
    }
    ObjectNode envelope = json.createObjectNode();
    ObjectNode data = envelope.putObject("data");
    data.put("type", "e911");
    data.set("attributes", changed);
    return envelope;
  }
}
