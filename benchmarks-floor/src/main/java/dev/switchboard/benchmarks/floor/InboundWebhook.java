package dev.switchboard.benchmarks.floor;

/** The fields of Flowroute's inbound SMS webhook (JSON:API) that make the row; the rest ignored. */
public record InboundWebhook(Data data) {

  /** The resource object: the message's Flowroute id and attributes. */
  public record Data(String id, Attributes attributes) {}

  /** The attributes a row keeps; Flowroute's numbers come without their '+'. */
  public record Attributes(String from, String to, String body) {}
}
