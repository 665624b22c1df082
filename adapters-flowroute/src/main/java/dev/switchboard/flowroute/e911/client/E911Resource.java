package dev.switchboard.flowroute.e911.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An E911 address resource of E911 v2 (§4.1): every attribute read as text, whether Flowroute sends
 * it as a string or a number ({@code FlowrouteJson.lenient()}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record E911Resource(String id, Attributes attributes) {

  private static final Attributes NONE =
      new Attributes(null, null, null, null, null, null, null, null, null, null, null);

  /** The attributes, none when Flowroute sent none. */
  public Attributes attributesOrNone() {
    return attributes == null ? NONE : attributes;
  }

  /** The address fields. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Attributes(
      String label,
      @JsonProperty("first_name") String firstName,
      @JsonProperty("last_name") String lastName,
      @JsonProperty("street_number") String streetNumber,
      @JsonProperty("street_name") String streetName,
      @JsonProperty("address_type") String addressType,
      @JsonProperty("address_type_number") String addressTypeNumber,
      String city,
      String state,
      String country,
      String zip) {}
}
