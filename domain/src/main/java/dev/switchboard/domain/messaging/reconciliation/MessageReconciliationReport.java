package dev.switchboard.domain.messaging.reconciliation;

import java.time.Instant;
import java.util.List;

/**
 * What one message reconciliation read and did.
 *
 * @param windowFrom the start of the window of records read
 * @param windowTo its end
 * @param pages the listing's pages read
 * @param complete false when the listing was cut short, so some records were not examined
 * @param examined records read (both directions)
 * @param settled our SENT messages moved to their final state from their record
 * @param foreignRecorded texts someone else sent on the account, recorded this run
 * @param inFlight our SENT messages whose record is not final yet, or still within the grace
 * @param tooRecent unknown records younger than the grace, left to the next run
 * @param unmatched what could not be matched
 */
public record MessageReconciliationReport(
    Instant startedAt,
    Instant finishedAt,
    Instant windowFrom,
    Instant windowTo,
    int pages,
    boolean complete,
    int examined,
    int settled,
    int foreignRecorded,
    int inFlight,
    int tooRecent,
    List<Unmatched> unmatched) {

  public MessageReconciliationReport {
    unmatched = List.copyOf(unmatched);
  }

  /** Something the reconciliation could not match, and why. */
  public record Unmatched(String flowrouteId, String messageId, Reason reason) {}

  /** Why something was not matched. */
  public enum Reason {
    /** A record not ours by id, but one of our messages without a Flowroute id looks like it. */
    LOOKS_LIKE_OURS,
    /** A record whose sender or recipient cannot be read. */
    UNREADABLE,
    /** Our message stuck in SENT past the grace, whose record is not in the window. */
    NO_RECORD
  }
}
