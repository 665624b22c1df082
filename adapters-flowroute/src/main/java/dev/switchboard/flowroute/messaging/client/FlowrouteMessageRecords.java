package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.domain.messaging.reconciliation.CarrierRecord;
import dev.switchboard.domain.messaging.reconciliation.port.out.CarrierRecords;
import dev.switchboard.flowroute.http.FlowrouteJson;
import dev.switchboard.flowroute.http.FlowrouteTimestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flowroute's message records (MDRs) of the account for the message reconciliation, read from the
 * listing of the deployment's Messages version (reference §6.4; produced by {@link
 * MessageGatewaySelection}) and each item read as the §6.3 record.
 */
public class FlowrouteMessageRecords implements CarrierRecords {

  private final MessageRecords listing;

  FlowrouteMessageRecords(MessageRecords listing) {
    this.listing = listing;
  }

  @Override
  public Listing between(Instant from, Instant to, int pageSize) {
    List<CarrierRecord> records = new ArrayList<>();
    MessageRecords.Read read =
        listing.read(from, to, pageSize, mdr -> read(mdr).ifPresent(records::add));
    return new Listing(records, read.pages(), read.complete());
  }

  /**
   * One MDR item, or empty when it has no id or time to reconcile by. {@code delivery_receipts} is
   * newest first (reference §6.3): its first item is the latest receipt, whose code and description
   * go with the record's {@code status}.
   */
  static Optional<CarrierRecord> read(MessageRecord mdr) {
    Optional<String> id = FlowrouteJson.text(mdr.id());
    MessageRecord.Attributes a = mdr.attributesOrNone();
    Optional<Instant> timestamp =
        FlowrouteJson.text(a.timestamp()).flatMap(FlowrouteTimestamps::parse);
    if (id.isEmpty() || timestamp.isEmpty()) {
      return Optional.empty();
    }
    MessageRecord.DeliveryReceipt latest = a.latestReceipt();
    // status_code is an integer, a string or null (reference §6.3 and §7.4).
    Integer code = latest.statusCode() == null ? null : latest.statusCode().intValue();
    return Optional.of(
        new CarrierRecord(
            id.get(),
            FlowrouteJson.text(a.direction()).orElse("").equalsIgnoreCase("outbound"),
            FlowrouteJson.text(a.from()).orElse(""),
            FlowrouteJson.text(a.to()).orElse(""),
            a.body(),
            Boolean.TRUE.equals(a.isMms()),
            FlowrouteJson.text(a.status()).orElse(""),
            code,
            FlowrouteJson.text(latest.statusCodeDescription()).orElse(null),
            latest.level() == null ? 0 : latest.level().intValue(),
            timestamp.get()));
  }
}
