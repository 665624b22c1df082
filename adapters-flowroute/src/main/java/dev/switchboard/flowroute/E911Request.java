package dev.switchboard.flowroute;

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
   * The body of an update. A PATCH merges what it is given into the record (§4.6), so an address
   * without a unit sends the unit as explicit nulls, or the old unit would stay.
   */
  public static JsonNode forUpdate(ObjectMapper json, PostalAddress address) {
    ObjectNode envelope = json.valueToTree(of(address));
    if (address.addressType().isEmpty()) {
      ObjectNode attributes = (ObjectNode) envelope.path("data").path("attributes");
      attributes.putNull("address_type");
      attributes.putNull("address_type_number");
    }
    return envelope;
  }
}
