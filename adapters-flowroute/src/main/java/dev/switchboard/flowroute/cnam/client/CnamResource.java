package dev.switchboard.flowroute.cnam.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A CNAM record resource of CNAM v2 (§5.1): {@code is_approved} as a boolean or a string, the
 * datetimes as text in whichever form Flowroute wrote them, read leniently ({@code
 * FlowrouteJson.lenient()}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CnamResource(String id, Attributes attributes) {

  private static final Attributes NONE = new Attributes(null, null, null, null, null);

  /** The attributes, none when Flowroute sent none. */
  public Attributes attributesOrNone() {
    return attributes == null ? NONE : attributes;
  }

  /** The record's fields. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Attributes(
      String value,
      @JsonProperty("is_approved") Boolean approved,
      @JsonProperty("rejection_reason") String rejectionReason,
      @JsonProperty("creation_datetime") String creationDatetime,
      @JsonProperty("approval_datetime") String approvalDatetime) {}
}
