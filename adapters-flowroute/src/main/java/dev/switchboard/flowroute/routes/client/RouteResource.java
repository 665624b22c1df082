package dev.switchboard.flowroute.routes.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A route resource of Routes v2 (§3.1, §3.3): the edge strategy under the documented {@code
 * edge_strategy_id} or the SDKs' {@code edge_strategy}, as an integer or a string (§13 U3), read
 * leniently ({@code FlowrouteJson.lenient()}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RouteResource(String id, Attributes attributes) {

  private static final Attributes NONE = new Attributes(null, null, null, null, null);

  /** The attributes, none when Flowroute sent none. */
  public Attributes attributesOrNone() {
    return attributes == null ? NONE : attributes;
  }

  /** The route's fields; the value is kept exactly as Flowroute gives it. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Attributes(
      @JsonProperty("route_type") String routeType,
      String value,
      String alias,
      @JsonProperty("edge_strategy_id") Long edgeStrategyId,
      @JsonProperty("edge_strategy") Long edgeStrategy) {}

  /** An edge strategy of {@code GET /v2/routes/edge_strategies} (§3.6). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record EdgeStrategy(Long id, EdgeStrategy.Attributes attributes) {

    /** The strategy's descriptive fields. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attributes(
        String name,
        String description,
        String naptr,
        @JsonProperty("firewall_rules") String firewallRules) {}
  }
}
