package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.domain.shared.ProblemType;
import dev.switchboard.domain.shared.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message we sent or received, with where it stands. Immutable: every change returns a new
 * message, and the state machine of {@link MessageStatus} decides which changes are allowed.
 *
 * @param nextAttemptAt when a queued message may be sent next, or when the lease of a message being
 *     sent runs out
 * @param failureCode why the last attempt failed (kept while a retry waits) or why it ended
 * @param from our number for a message we send; for one we receive, whoever sent it (which may be a
 *     short code, another country's number or an alphanumeric sender)
 * @param schedule when an outbound message may be sent ({@link Schedule#NONE} for an inbound one)
 * @param autoReply whether we send it on our own, answering a keyword a phone texted
 * @param foreign an outbound message someone else sent on our Flowroute account, recorded from its
 *     message record by the reconciliation (never sent by us)
 */
public record Message(
    MessageId id,
    Direction direction,
    PhoneAddress from,
    E164Number to,
    String body,
    List<Media> media,
    MessageStatus status,
    String flowrouteId,
    String idempotencyKey,
    String fingerprint,
    int attempts,
    Instant nextAttemptAt,
    String failureCode,
    String failureReason,
    Instant createdAt,
    Instant updatedAt,
    Schedule schedule,
    boolean autoReply,
    boolean foreign) {

  /** The code and reason kept on a message its caller canceled. */
  public static final String CODE_CANCELED = "canceled";

  public Message {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    media = media == null ? List.of() : List.copyOf(media);
    schedule = schedule == null ? Schedule.NONE : schedule;
    if (direction == Direction.INBOUND && status != MessageStatus.RECEIVED) {
      throw new ValidationException(ProblemType.INVALID_MESSAGE, "an inbound message is RECEIVED");
    }
    if (direction == Direction.OUTBOUND && status == MessageStatus.RECEIVED) {
      throw new ValidationException(
          ProblemType.INVALID_MESSAGE, "an outbound message is never RECEIVED");
    }
    if (attempts < 0) {
      throw new ValidationException(ProblemType.INVALID_MESSAGE, "attempts cannot be negative");
    }
    if (foreign && direction != Direction.OUTBOUND) {
      throw new ValidationException(
          ProblemType.INVALID_MESSAGE, "only an outbound message can be foreign");
    }
  }

  /** A message of ours without a schedule that no keyword caused. */
  public Message(
      MessageId id,
      Direction direction,
      PhoneAddress from,
      E164Number to,
      String body,
      List<Media> media,
      MessageStatus status,
      String flowrouteId,
      String idempotencyKey,
      String fingerprint,
      int attempts,
      Instant nextAttemptAt,
      String failureCode,
      String failureReason,
      Instant createdAt,
      Instant updatedAt) {
    this(
        id,
        direction,
        from,
        to,
        body,
        media,
        status,
        flowrouteId,
        idempotencyKey,
        fingerprint,
        attempts,
        nextAttemptAt,
        failureCode,
        failureReason,
        createdAt,
        updatedAt,
        Schedule.NONE,
        false,
        false);
  }

  /** A message with a schedule that no keyword caused. */
  public Message(
      MessageId id,
      Direction direction,
      PhoneAddress from,
      E164Number to,
      String body,
      List<Media> media,
      MessageStatus status,
      String flowrouteId,
      String idempotencyKey,
      String fingerprint,
      int attempts,
      Instant nextAttemptAt,
      String failureCode,
      String failureReason,
      Instant createdAt,
      Instant updatedAt,
      Schedule schedule) {
    this(
        id,
        direction,
        from,
        to,
        body,
        media,
        status,
        flowrouteId,
        idempotencyKey,
        fingerprint,
        attempts,
        nextAttemptAt,
        failureCode,
        failureReason,
        createdAt,
        updatedAt,
        schedule,
        false,
        false);
  }

  /** A new outbound message, waiting for the dispatcher, to be sent as soon as it can. */
  public static Message queued(
      MessageId id,
      E164Number from,
      E164Number to,
      String body,
      List<Media> media,
      String idempotencyKey,
      String fingerprint,
      Instant now) {
    return queued(id, from, to, body, media, idempotencyKey, fingerprint, Schedule.NONE, now);
  }

  /** A new outbound message, first due at its schedule's {@code sendAt} (or now). */
  public static Message queued(
      MessageId id,
      E164Number from,
      E164Number to,
      String body,
      List<Media> media,
      String idempotencyKey,
      String fingerprint,
      Schedule schedule,
      Instant now) {
    return new Message(
        id,
        Direction.OUTBOUND,
        PhoneAddress.of(from),
        to,
        body,
        media,
        MessageStatus.QUEUED,
        null,
        idempotencyKey,
        fingerprint,
        0,
        schedule.firstAttempt(now),
        null,
        null,
        now,
        now,
        schedule);
  }

  /** The record of a message a phone sent to one of our numbers. */
  public static Message received(MessageId id, InboundMessage inbound, Instant now) {
    return new Message(
        id,
        Direction.INBOUND,
        inbound.from(),
        inbound.to(),
        inbound.body(),
        inbound.media(),
        MessageStatus.RECEIVED,
        inbound.flowrouteId(),
        null,
        null,
        0,
        null,
        null,
        null,
        inbound.timestamp(),
        now);
  }

  /**
   * The record of a text someone else sent on our Flowroute account (not through us), as its
   * message record tells it: sent when Flowroute took it, in the state its record shows.
   */
  public static Message foreign(
      MessageId id,
      PhoneAddress from,
      E164Number to,
      String body,
      String flowrouteId,
      MessageStatus status,
      String failureCode,
      String failureReason,
      Instant sentAt,
      Instant now) {
    if (status != MessageStatus.SENT && !(status.isFinal() && status != MessageStatus.RECEIVED)) {
      throw new IllegalArgumentException("a foreign message is SENT or final, not " + status);
    }
    return new Message(
        id,
        Direction.OUTBOUND,
        from,
        to,
        body,
        List.of(),
        status,
        flowrouteId,
        null,
        null,
        0,
        null,
        failureCode,
        failureReason,
        sentAt,
        now,
        Schedule.NONE,
        false,
        true);
  }

  public boolean isMms() {
    return !media.isEmpty();
  }

  /** How the text travels as SMS: its encoding and segments, computed from the text. */
  public BodyEncoding bodyEncoding() {
    return BodyEncoding.of(body);
  }

  /** Flowroute took the message and gave it an {@code mdr2-} id. */
  public Message sent(String mdrId, Instant now) {
    requireAdvance(MessageStatus.SENT);
    return with(MessageStatus.SENT, mdrId, attempts, null, null, null, now);
  }

  /** Sending failed for good (a permanent refusal, or retries used up). */
  public Message failed(String code, String reason, Instant now) {
    requireAdvance(MessageStatus.FAILED);
    return with(MessageStatus.FAILED, flowrouteId, attempts, null, code, reason, now);
  }

  /**
   * The message's {@code expiresAt} passed before it was handed to the carrier: it ends {@link
   * MessageStatus#EXPIRED} here, never sent.
   */
  public Message expiredUnsent(Instant now) {
    requireAdvance(MessageStatus.EXPIRED);
    return with(
        MessageStatus.EXPIRED,
        flowrouteId,
        attempts,
        null,
        Schedule.CODE_EXPIRED,
        "expiresAt "
            + schedule.expiresAt()
            + " passed before the message was handed to Flowroute; it was not sent",
        now);
  }

  /**
   * Whether a caller may still cancel the message as far as its status tells: queued, or claimed by
   * a dispatcher (which checks its claim before it sends). Whether a send of it is outstanding the
   * store alone knows ({@code Messages#lockCancelable}).
   */
  public boolean cancelable() {
    return direction == Direction.OUTBOUND
        && (status == MessageStatus.QUEUED || status == MessageStatus.SENDING);
  }

  /** The caller canceled the message before it was handed to the carrier: it ends CANCELED. */
  public Message canceled(Instant now) {
    if (!cancelable()) {
      throw new ConflictException(
          ProblemType.MESSAGE_NOT_CANCELABLE, "a " + status + " message can no longer be canceled");
    }
    return with(
        MessageStatus.CANCELED,
        flowrouteId,
        attempts,
        null,
        CODE_CANCELED,
        "canceled by its sender before it was handed to Flowroute",
        now);
  }

  /**
   * A transient failure: the message goes back to the queue until {@code when}. This is the one
   * step back the state machine allows, and only from {@link MessageStatus#SENDING}.
   */
  public Message retryAt(Instant when, String code, String reason, Instant now) {
    if (status != MessageStatus.SENDING) {
      throw new IllegalStateException("only a message being sent can be retried, not " + status);
    }
    return with(MessageStatus.QUEUED, flowrouteId, attempts, when, code, reason, now);
  }

  /**
   * The claim ends without a send: the message goes back to the queue until {@code when}, and the
   * attempt the claim counted is taken back (a lookup, a pause, a shutdown is no attempt).
   */
  public Message handedBack(Instant when, Instant now) {
    return handedBack(when, failureCode, failureReason, now);
  }

  /** As {@link #handedBack(Instant, Instant)}, saying why it waits. */
  public Message handedBack(Instant when, String code, String reason, Instant now) {
    if (status != MessageStatus.SENDING) {
      throw new IllegalStateException(
          "only a message being sent can be handed back, not " + status);
    }
    return with(
        MessageStatus.QUEUED, flowrouteId, Math.max(0, attempts - 1), when, code, reason, now);
  }

  /**
   * The message after a delivery receipt, or empty when the receipt does not move it forward (a
   * late, repeated or out-of-order receipt).
   */
  public Optional<Message> afterReceipt(DeliveryReceipt receipt, Instant now) {
    MessageStatus outcome = receipt.outcome();
    if (!status.canAdvanceTo(outcome)) {
      return Optional.empty();
    }
    String code = outcome.isFinal() && outcome != MessageStatus.DELIVERED ? codeOf(receipt) : null;
    String reason =
        outcome.isFinal() && outcome != MessageStatus.DELIVERED ? receipt.description() : null;
    return Optional.of(
        with(outcome, flowrouteId, attempts, null, code, reason == null ? null : reason, now));
  }

  /** The message without its idempotency key, which expired and may now name a new message. */
  public Message withoutIdempotencyKey() {
    return new Message(
        id,
        direction,
        from,
        to,
        body,
        media,
        status,
        flowrouteId,
        null,
        fingerprint,
        attempts,
        nextAttemptAt,
        failureCode,
        failureReason,
        createdAt,
        updatedAt,
        schedule,
        autoReply,
        foreign);
  }

  /** This queued message as our own answer to a keyword. */
  public Message asAutoReply() {
    if (direction != Direction.OUTBOUND) {
      throw new IllegalStateException("only a message we send can be an auto-reply");
    }
    return new Message(
        id,
        direction,
        from,
        to,
        body,
        media,
        status,
        flowrouteId,
        idempotencyKey,
        fingerprint,
        attempts,
        nextAttemptAt,
        failureCode,
        failureReason,
        createdAt,
        updatedAt,
        schedule,
        true,
        false);
  }

  private static String codeOf(DeliveryReceipt receipt) {
    return receipt.statusCode() == null ? receipt.status() : receipt.statusCode().toString();
  }

  private void requireAdvance(MessageStatus next) {
    if (!status.canAdvanceTo(next)) {
      throw new IllegalStateException("a " + status + " message cannot become " + next);
    }
  }

  private Message with(
      MessageStatus newStatus,
      String newFlowrouteId,
      int newAttempts,
      Instant newNextAttemptAt,
      String newFailureCode,
      String newFailureReason,
      Instant now) {
    return new Message(
        id,
        direction,
        from,
        to,
        body,
        media,
        newStatus,
        newFlowrouteId,
        idempotencyKey,
        fingerprint,
        newAttempts,
        newNextAttemptAt,
        newFailureCode,
        newFailureReason,
        createdAt,
        now,
        schedule,
        autoReply,
        foreign);
  }
}
