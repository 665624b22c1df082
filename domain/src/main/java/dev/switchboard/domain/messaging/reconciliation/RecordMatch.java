package dev.switchboard.domain.messaging.reconciliation;

import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import java.time.Instant;
import java.util.Optional;

/**
 * The matching rules of the message reconciliation: what one carrier record means for our record of
 * messages.
 */
public final class RecordMatch {

  /** What to do with one record. */
  public enum Verdict {
    /** An inbound record: inbound texts are recorded from their webhooks, not from here. */
    INBOUND,
    /** Our message, stuck in SENT past the grace, with a final status on the record: settle it. */
    SETTLE,
    /** Our message, still on its way (or its receipt may still come): nothing to do yet. */
    IN_FLIGHT,
    /** Our message, already where the record says or further: nothing to do. */
    KNOWN,
    /** Not ours, nothing of ours looks like it, and old enough: someone else sent it. */
    FOREIGN,
    /** Not ours yet, but so recent that our send may still be writing its id: next run decides. */
    TOO_RECENT,
    /**
     * Not ours by id, but one of our messages without a Flowroute id has its sender, recipient and
     * text: reported, never recorded as foreign.
     */
    LOOKS_LIKE_OURS,
    /** Its numbers cannot be read: reported. */
    UNREADABLE
  }

  private RecordMatch() {}

  /**
   * Judges a record.
   *
   * @param ours our message with the record's id, if any
   * @param lookalike one of our outbound messages without a Flowroute id and with the record's
   *     sender, recipient and text, if any
   * @param settleBefore records and SENT messages older than this are past the grace
   */
  public static Verdict judge(
      CarrierRecord record,
      Optional<Message> ours,
      Optional<Message> lookalike,
      Instant settleBefore) {
    if (!record.outbound()) {
      return Verdict.INBOUND;
    }
    if (ours.isPresent()) {
      Message message = ours.get();
      if (message.status() != MessageStatus.SENT) {
        return Verdict.KNOWN;
      }
      if (!record.outcome().isFinal() || !message.updatedAt().isBefore(settleBefore)) {
        return Verdict.IN_FLIGHT;
      }
      return Verdict.SETTLE;
    }
    if (lookalike.isPresent()) {
      return Verdict.LOOKS_LIKE_OURS;
    }
    if (!record.timestamp().isBefore(settleBefore)) {
      return Verdict.TOO_RECENT;
    }
    if (sender(record).isEmpty() || recipient(record).isEmpty()) {
      return Verdict.UNREADABLE;
    }
    return Verdict.FOREIGN;
  }

  /** The record's sender, when it can be read. */
  public static Optional<PhoneAddress> sender(CarrierRecord record) {
    try {
      return Optional.of(PhoneAddress.parse(record.from()));
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /** The record's recipient, when it is a number we can record. */
  public static Optional<E164Number> recipient(CarrierRecord record) {
    try {
      return Optional.of(E164Number.parse(record.to()));
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}
