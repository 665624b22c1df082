package dev.switchboard.sandbox.emulator.routes;

import java.util.List;

/** A Flowroute PoP selection for inbound calls, as {@code GET /v2/routes/edge_strategies} lists. */
public record EdgeStrategy(
    int id, String name, String description, String naptr, String firewallRules) {

  /**
   * Ids 1 to 4. Only id 4 ({@code US-East-VA}) is Flowroute's published example; the others are the
   * sandbox's own plausible entries.
   */
  public static final List<EdgeStrategy> ALL =
      List.of(
          new EdgeStrategy(
              1,
              "US-West-OR",
              "Traffic is sent preferentially from Oregon edge systems, falling back to other"
                  + " regions.",
              "us-west-or.sip.flowroute.com",
              "34.210.91.112/28, 34.210.91.112-34.210.91.127"),
          new EdgeStrategy(
              2,
              "US-Central-IL",
              "Traffic is sent preferentially from Illinois edge systems, falling back to other"
                  + " regions.",
              "us-central-il.sip.flowroute.com",
              "147.75.60.160/28, 147.75.60.160-147.75.60.175"),
          new EdgeStrategy(
              3,
              "US-West-CA",
              "Traffic is sent preferentially from California edge systems, falling back to other"
                  + " regions.",
              "us-west-ca.sip.flowroute.com",
              "147.75.65.192/28, 147.75.65.192-147.75.65.207"),
          new EdgeStrategy(
              4,
              "US-East-VA",
              "Traffic is sent preferentially from North Virginia edge systems, falling back to"
                  + " other regions.",
              "us-east-va.sip.flowroute.com",
              "34.226.36.32/28, 34.226.36.32-34.226.36.47"));

  static boolean exists(int id) {
    return ALL.stream().anyMatch(s -> s.id() == id);
  }
}
