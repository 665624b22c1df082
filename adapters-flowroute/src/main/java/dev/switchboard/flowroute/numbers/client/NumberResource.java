package dev.switchboard.flowroute.numbers.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.flowroute.http.Relationship;
import java.math.BigDecimal;

/**
 * A number resource of Numbers v2: one of ours (§2.1, §2.2), one for sale (§2.6), or a number on an
 * E911 address (§4.9). Only what the adapters read is mapped; scalars are read leniently ({@code
 * FlowrouteJson.lenient()}): ids and values as strings or numbers, flags as booleans or strings,
 * costs as numbers or strings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NumberResource(String id, Attributes attributes, Relationships relationships) {

  private static final Attributes NO_ATTRIBUTES =
      new Attributes(null, null, null, null, null, null, null, null, null);
  private static final Relationships NO_RELATIONSHIPS =
      new Relationships(null, null, null, null, null, null, null, null);

  /** The attributes, none when Flowroute sent none. */
  public Attributes attributesOrNone() {
    return attributes == null ? NO_ATTRIBUTES : attributes;
  }

  /** The relationships, none when Flowroute sent none. */
  public Relationships relationshipsOrNone() {
    return relationships == null ? NO_RELATIONSHIPS : relationships;
  }

  /** The number's attributes; {@code messaging_enabled} only in the v2.1 beta purchase page. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Attributes(
      String value,
      @JsonProperty("number_type") String numberType,
      String alias,
      @JsonProperty("cnam_lookups_enabled") Boolean cnamLookupsEnabled,
      @JsonProperty("messaging_enabled") Boolean messagingEnabled,
      @JsonProperty("rate_center") String rateCenter,
      String state,
      @JsonProperty("monthly_cost") BigDecimal monthlyCost,
      @JsonProperty("setup_cost") BigDecimal setupCost) {}

  /** The number's relationships, under the v2 names and the v2.1 beta's (§2.2, §13 U14). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Relationships(
      @JsonProperty("primary_route") Relationship primaryRoute,
      @JsonProperty("voice_primary_route") Relationship voicePrimaryRoute,
      @JsonProperty("failover_route") Relationship failoverRoute,
      @JsonProperty("voice_failover_route") Relationship voiceFailoverRoute,
      @JsonProperty("e911_address") Relationship e911Address,
      Relationship e911,
      @JsonProperty("cnam_preset") Relationship cnamPreset,
      Relationship cnam) {}
}
