package dev.switchboard.domain.messaging.reconciliation.usecase;

import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.reconciliation.CarrierRecord;
import dev.switchboard.domain.messaging.reconciliation.MessageReconciliationReport;
import dev.switchboard.domain.messaging.reconciliation.MessageReconciliationReport.Reason;
import dev.switchboard.domain.messaging.reconciliation.MessageReconciliationReport.Unmatched;
import dev.switchboard.domain.messaging.reconciliation.RecordMatch;
import dev.switchboard.domain.messaging.reconciliation.RecordMatch.Verdict;
import dev.switchboard.domain.messaging.reconciliation.port.out.CarrierRecords;
import dev.switchboard.domain.messaging.usecase.ApplyDeliveryReceipt;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: compare the carrier's message records of the recent window with our record of messages.
 * Our messages stuck in SENT are settled from their record's status through the receipt rules (so a
 * receipt arriving later, or twice, changes nothing more); texts someone else sent on the account
 * are recorded once each as foreign messages; the rest is reported.
 */
public final class ReconcileMessages {

  /** The most stuck messages without a record that one report lists. */
  static final int MAX_NO_RECORD = 200;

  /** How a run reads: the window back from now, the grace, the listing's page size. */
  public record Settings(Duration window, Duration grace, int pageSize) {
    public Settings {
      if (window.isNegative() || window.isZero() || grace.isNegative() || pageSize < 1) {
        throw new IllegalArgumentException("a positive window and page size, a grace >= 0");
      }
    }
  }

  private final CarrierRecords records;
  private final Messages messages;
  private final ApplyDeliveryReceipt receipts;
  private final Outbox outbox;
  private final MessageEvents events;
  private final IdGenerator ids;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  public ReconcileMessages(
      CarrierRecords records,
      Messages messages,
      ApplyDeliveryReceipt receipts,
      Outbox outbox,
      MessageEvents events,
      IdGenerator ids,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.records = records;
    this.messages = messages;
    this.receipts = receipts;
    this.outbox = outbox;
    this.events = events;
    this.ids = ids;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** Runs once over the window that ends now. */
  public MessageReconciliationReport reconcile(Settings settings) {
    Instant started = clock.instant();
    Instant from = started.minus(settings.window());
    Instant settleBefore = started.minus(settings.grace());
    CarrierRecords.Listing listing = records.between(from, started, settings.pageSize());
    Set<String> seen = new HashSet<>();
    List<Unmatched> unmatched = new ArrayList<>();
    int examined = 0;
    int settled = 0;
    int foreign = 0;
    int inFlight = 0;
    int tooRecent = 0;
    for (CarrierRecord record : listing.records()) {
      // A record can show up on two pages when new ones push the listing along while it is read.
      if (!seen.add(record.flowrouteId())) {
        continue;
      }
      examined++;
      Optional<Message> ours = messages.byFlowrouteId(record.flowrouteId());
      Optional<Message> lookalike =
          ours.isPresent() || !record.outbound()
              ? Optional.empty()
              : lookalike(record, from.minus(settings.window()));
      Verdict verdict = RecordMatch.judge(record, ours, lookalike, settleBefore);
      switch (verdict) {
        case SETTLE -> settled += settle(record, ours.get()) ? 1 : 0;
        case FOREIGN -> foreign += recordForeign(record) ? 1 : 0;
        case IN_FLIGHT -> inFlight++;
        case TOO_RECENT -> tooRecent++;
        case LOOKS_LIKE_OURS ->
            unmatched.add(
                new Unmatched(
                    record.flowrouteId(), lookalike.get().id().toString(), Reason.LOOKS_LIKE_OURS));
        case UNREADABLE ->
            unmatched.add(new Unmatched(record.flowrouteId(), null, Reason.UNREADABLE));
        case INBOUND, KNOWN -> {}
      }
    }
    if (listing.complete()) {
      for (Message stuck : messages.sentBetween(from, settleBefore, MAX_NO_RECORD)) {
        if (!seen.contains(stuck.flowrouteId())) {
          unmatched.add(
              new Unmatched(stuck.flowrouteId(), stuck.id().toString(), Reason.NO_RECORD));
        }
      }
    }
    return new MessageReconciliationReport(
        started,
        clock.instant(),
        from,
        started,
        listing.pages(),
        listing.complete(),
        examined,
        settled,
        foreign,
        inFlight,
        tooRecent,
        unmatched);
  }

  /**
   * One of our messages without a Flowroute id that the record may be, created up to a window
   * before the window opened (a send retried for a while).
   */
  private Optional<Message> lookalike(CarrierRecord record, Instant since) {
    Optional<PhoneAddress> from = RecordMatch.sender(record);
    Optional<E164Number> to = RecordMatch.recipient(record);
    if (from.isEmpty() || to.isEmpty()) {
      return Optional.empty();
    }
    return messages.unidentifiedLike(from.get(), to.get(), record.body(), since);
  }

  /** Applies the record's status as a receipt; true when this moved the message on. */
  private boolean settle(CarrierRecord record, Message stuck) {
    Optional<Message> after = receipts.apply(record.asReceipt());
    return after.isPresent()
        && after.get().status() != MessageStatus.SENT
        && after.get().updatedAt().isAfter(stuck.updatedAt());
  }

  /** Records a foreign text with its event; false when it was recorded meanwhile. */
  private boolean recordForeign(CarrierRecord record) {
    MessageStatus status = record.outcome();
    boolean failed = status.isFinal() && status != MessageStatus.DELIVERED;
    Message message =
        Message.foreign(
            new MessageId(ids.newId()),
            RecordMatch.sender(record).orElseThrow(),
            RecordMatch.recipient(record).orElseThrow(),
            record.body(),
            record.flowrouteId(),
            status,
            failed ? codeOf(record) : null,
            failed ? record.description() : null,
            record.timestamp(),
            clock.instant());
    return unitOfWork.inTransaction(
        () -> {
          // The unique Flowroute id makes this once per record, whichever replica runs.
          if (!messages.add(message)) {
            return false;
          }
          outbox.append(events.foreignRecorded(message));
          return true;
        });
  }

  private static String codeOf(CarrierRecord record) {
    return record.statusCode() == null ? record.status() : record.statusCode().toString();
  }
}
