package dev.switchboard.domain.messaging.reconciliation.port.out;

import dev.switchboard.domain.messaging.reconciliation.CarrierRecord;
import java.time.Instant;
import java.util.List;

/** Port: the carrier's message records of our account (Flowroute's MDR listing). */
public interface CarrierRecords {

  /**
   * Reads every record the carrier took between {@code from} and {@code to}, page by page.
   *
   * @param pageSize how many records one request asks for
   * @throws dev.switchboard.domain.messaging.CarrierException when the carrier cannot be read now
   */
  Listing between(Instant from, Instant to, int pageSize);

  /**
   * What a listing read.
   *
   * @param pages how many pages were requested
   * @param complete false when the listing was cut short (a page limit)
   */
  record Listing(List<CarrierRecord> records, int pages, boolean complete) {
    public Listing {
      records = List.copyOf(records);
    }
  }
}
