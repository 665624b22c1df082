package dev.switchboard.flowroute.messaging.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A message record (MDR) of a Messages v2.1 or v2 listing (reference §6.3, §8.1): the kind as
 * {@code is_mms} (v2.1) or {@code has_mms} (v2), {@code status_code} as an integer, a string or
 * null, all read leniently ({@code FlowrouteJson.lenient()}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageRecord(String id, Attributes attributes) {

  private static final Attributes NONE =
      new Attributes(null, null, null, null, null, null, null, null, null);

  /** The attributes, none when Flowroute sent none. */
  public Attributes attributesOrNone() {
    return attributes == null ? NONE : attributes;
  }

  /** The record's fields; {@code delivery_receipts} is newest first (§6.3). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Attributes(
      String direction,
      String from,
      String to,
      String body,
      @JsonProperty("is_mms") Boolean isMms,
      @JsonProperty("has_mms") Boolean hasMms,
      String status,
      String timestamp,
      @JsonProperty("delivery_receipts") List<DeliveryReceipt> deliveryReceipts) {

    /** The kind: {@code is_mms}, else {@code has_mms}; null when the record shows neither. */
    Boolean mms() {
      return isMms != null ? isMms : hasMms;
    }

    /** The latest delivery receipt, if any. */
    DeliveryReceipt latestReceipt() {
      return deliveryReceipts == null
              || deliveryReceipts.isEmpty()
              || deliveryReceipts.get(0) == null
          ? new DeliveryReceipt(null, null, null)
          : deliveryReceipts.get(0);
    }
  }

  /** One delivery receipt of a record. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record DeliveryReceipt(
      @JsonProperty("status_code") Long statusCode,
      @JsonProperty("status_code_description") String statusCodeDescription,
      Long level) {}
}
