package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.messaging.DeliveryReceipt;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.history.HistoryEntry;
import dev.switchboard.domain.messaging.history.MessageHistory;
import dev.switchboard.domain.messaging.port.out.DeliveryReceipts;
import java.util.ArrayList;
import java.util.List;

/** Use case: a message with every step it went through and every receipt Flowroute sent for it. */
public final class GetMessageHistory {

  private final GetMessage messages;
  private final MessageHistory history;
  private final DeliveryReceipts receipts;

  public GetMessageHistory(GetMessage messages, MessageHistory history, DeliveryReceipts receipts) {
    this.messages = messages;
    this.history = history;
    this.receipts = receipts;
  }

  /**
   * @throws dev.switchboard.domain.shared.NotFoundException for an id we do not know
   */
  public Timeline get(MessageId id) {
    Message message = messages.get(id);
    return new Timeline(message, steps(message, history.of(id)), receipts.of(id));
  }

  /**
   * The stored steps behind the message's first one, which its own row gives (it is not stored;
   * steps stored before that begin with it already). With no step stored, a message still where it
   * was made (queued, claimed, received) has only its first step; one past it was recorded before
   * its history was kept (every later move is stored, but for the claim), and has none.
   */
  private static List<HistoryEntry> steps(Message message, List<HistoryEntry> stored) {
    if (!stored.isEmpty() && stored.get(0).first()) {
      return stored;
    }
    if (stored.isEmpty() && !stillAsMade(message.status())) {
      return List.of();
    }
    List<HistoryEntry> steps = new ArrayList<>(stored.size() + 1);
    steps.add(HistoryEntry.creation(message));
    steps.addAll(stored);
    return steps;
  }

  private static boolean stillAsMade(MessageStatus status) {
    return status == MessageStatus.QUEUED
        || status == MessageStatus.SENDING
        || status == MessageStatus.RECEIVED;
  }

  /** The receipts Flowroute sent for a message, in the order they arrived (for a thread's rows). */
  public List<DeliveryReceipt> receipts(MessageId id) {
    return receipts.of(id);
  }

  /**
   * A message's story.
   *
   * @param steps oldest first, the message's first step included; empty for a message recorded
   *     before its history was kept
   * @param receipts in the order they arrived, including those that moved nothing
   */
  public record Timeline(
      Message message, List<HistoryEntry> steps, List<DeliveryReceipt> receipts) {
    public Timeline {
      steps = List.copyOf(steps);
      receipts = List.copyOf(receipts);
    }
  }
}
