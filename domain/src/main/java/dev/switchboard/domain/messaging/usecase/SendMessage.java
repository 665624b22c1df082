package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.IdempotencyKeys;
import dev.switchboard.domain.messaging.MediaUrls;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageBody;
import dev.switchboard.domain.messaging.MessageEvents;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Futures;
import dev.switchboard.domain.shared.GroupCommit;
import dev.switchboard.domain.shared.ValidationException;
import dev.switchboard.domain.shared.port.out.IdGenerator;
import dev.switchboard.domain.shared.port.out.UnitOfWork;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Use case: accept an outbound message and queue it for the dispatcher, once per idempotency key.
 */
public final class SendMessage {

  /**
   * What a caller asks to send; numbers in E.164 or Flowroute's 11-digit form. {@code caller} (the
   * token's subject) scopes the idempotency key.
   */
  public record Command(
      String from,
      String to,
      String body,
      List<String> mediaUrls,
      String idempotencyKey,
      String caller) {

    /** A command of the anonymous caller. */
    public Command(
        String from, String to, String body, List<String> mediaUrls, String idempotencyKey) {
      this(from, to, body, mediaUrls, idempotencyKey, null);
    }
  }

  /** How long an idempotency key names its message unless configured otherwise (as Stripe). */
  public static final Duration DEFAULT_KEY_TTL = Duration.ofHours(24);

  /** The queued message, and whether it was queued by an earlier request with the same key. */
  public record Result(Message message, boolean replayed) {}

  private final Messages messages;
  private final OptOuts optOuts;
  private final Outbox outbox;
  private final MessageEvents events;
  private final UnitOfWork unitOfWork;
  private final IdGenerator ids;
  private final Clock clock;
  private final GroupCommit<Queued, Outcome> batches;
  private final Duration keyTtl;

  /** One message per transaction: for tests and callers that do not share commits. */
  public SendMessage(
      Messages messages,
      OptOuts optOuts,
      Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock) {
    this(
        messages,
        optOuts,
        outbox,
        events,
        unitOfWork,
        ids,
        clock,
        GroupCommit.Limits.NONE,
        Runnable::run);
  }

  /**
   * Messages accepted together share a transaction, within {@code limits}; the transactions run on
   * {@code runners}.
   */
  public SendMessage(
      Messages messages,
      OptOuts optOuts,
      Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock,
      GroupCommit.Limits limits,
      Executor runners) {
    this(
        messages,
        optOuts,
        outbox,
        events,
        unitOfWork,
        ids,
        clock,
        limits,
        runners,
        DEFAULT_KEY_TTL);
  }

  /** As above, with idempotency keys that expire {@code keyTtl} after their message was created. */
  public SendMessage(
      Messages messages,
      OptOuts optOuts,
      Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock,
      GroupCommit.Limits limits,
      Executor runners,
      Duration keyTtl) {
    if (keyTtl.isNegative() || keyTtl.isZero()) {
      throw new IllegalArgumentException("the idempotency key lifetime must be positive");
    }
    this.keyTtl = keyTtl;
    this.messages = messages;
    this.optOuts = optOuts;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.ids = ids;
    this.clock = clock;
    this.batches = new GroupCommit<>(this::queueAll, limits, runners);
  }

  /**
   * Validates the message, then queues it in a transaction shared with the messages accepted at the
   * same time, and answers once that transaction has committed.
   */
  public Result send(Command command) {
    return Futures.await(sendLater(command));
  }

  /**
   * As {@link #send}, without holding the caller's thread: an invalid message is refused at once,
   * and the answer completes once the message's transaction has committed, or with its refusal.
   */
  public CompletableFuture<Result> sendLater(Command command) {
    E164Number from = E164Number.parse(command.from());
    E164Number to = E164Number.parse(command.to());
    if (from.equals(to)) {
      throw new ValidationException("invalid-recipient", "from and to must differ");
    }
    MediaUrls media = MediaUrls.parse(command.mediaUrls());
    String body =
        media.isEmpty()
            ? MessageBody.requireValidSms(command.body())
            : MessageBody.requireValidMms(command.body());
    String given = IdempotencyKeys.valid(command.idempotencyKey());
    String key = given == null ? null : IdempotencyKeys.scoped(command.caller(), given);
    String fingerprint = fingerprint(from, to, body, media);

    Message message =
        Message.queued(
            new MessageId(ids.newId()),
            from,
            to,
            body,
            media.toMedia(),
            key,
            fingerprint,
            clock.instant());
    return Futures.then(
        batches.enqueue(new Queued(message, key, fingerprint)), Outcome::resultOrThrow);
  }

  /**
   * Queues validated messages in one transaction. A refusal (opted out, a reused key) is that
   * message's outcome and does not roll the others back.
   */
  private List<Outcome> queueAll(List<Queued> batch) {
    return unitOfWork.inTransaction(
        () -> {
          Outcome[] outcomes = new Outcome[batch.size()];
          List<OptOuts.Pair> asked = new ArrayList<>();
          for (int i = 0; i < batch.size(); i++) {
            Queued queued = batch.get(i);
            if (queued.key() != null) {
              outcomes[i] = replayOutcome(queued).orElse(null);
            }
            if (outcomes[i] == null) {
              asked.add(pair(queued.message()));
            }
          }
          Set<OptOuts.Pair> optedOut = optOuts.optedOut(asked);
          List<Message> toAdd = new ArrayList<>();
          for (int i = 0; i < batch.size(); i++) {
            Message message = batch.get(i).message();
            if (outcomes[i] != null) {
              continue;
            }
            if (optedOut.contains(pair(message))) {
              outcomes[i] =
                  Outcome.refused(
                      new ValidationException(
                          "recipient-opted-out",
                          message.to() + " has opted out of messages from " + message.from()));
            } else {
              toAdd.add(message);
            }
          }
          Set<MessageId> added = messages.addAll(toAdd);
          List<DomainEvent> told = new ArrayList<>(added.size());
          for (int i = 0; i < batch.size(); i++) {
            if (outcomes[i] != null) {
              continue;
            }
            Queued queued = batch.get(i);
            if (added.contains(queued.message().id())) {
              told.add(events.statusChanged(queued.message(), null, null));
              outcomes[i] = Outcome.of(new Result(queued.message(), false));
            } else {
              // Another request with the same key won the race; answer as it was answered.
              outcomes[i] =
                  replayOutcome(queued)
                      .orElseThrow(
                          () -> new IllegalStateException("message vanished after conflict"));
            }
          }
          outbox.appendAll(told);
          return List.of(outcomes);
        });
  }

  private Optional<Outcome> replayOutcome(Queued queued) {
    try {
      return replay(queued.key(), queued.fingerprint()).map(Outcome::of);
    } catch (ConflictException conflict) {
      return Optional.of(Outcome.refused(conflict));
    }
  }

  private static OptOuts.Pair pair(Message message) {
    return new OptOuts.Pair(message.from().asE164(), message.to());
  }

  /** A validated message on its way into the queue. */
  private record Queued(Message message, String key, String fingerprint) {}

  /** What became of one message of a batch: queued (or replayed), or refused. */
  private record Outcome(Result result, RuntimeException refusal) {

    static Outcome of(Result result) {
      return new Outcome(result, null);
    }

    static Outcome refused(RuntimeException refusal) {
      return new Outcome(null, refusal);
    }

    Result resultOrThrow() {
      if (refusal != null) {
        throw refusal;
      }
      return result;
    }
  }

  private Optional<Result> replay(String key, String fingerprint) {
    Optional<Message> found = messages.byIdempotencyKey(key);
    if (found.isPresent()
        && IdempotencyKeys.expired(found.get().createdAt(), keyTtl, clock.instant())) {
      // The key has expired: it names nothing any more, and the new message may take it.
      messages.releaseIdempotencyKey(found.get());
      return Optional.empty();
    }
    return found.map(
        existing -> {
          if (!fingerprint.equals(existing.fingerprint())) {
            throw new ConflictException(
                "idempotency-key-reused",
                "this Idempotency-Key was already used for a different message");
          }
          return new Result(existing, true);
        });
  }

  /**
   * What makes two requests the same message. An SMS keeps the form fingerprints had before MMS, so
   * keys stored then still replay; an MMS starts with a marker no SMS form can (a number starts
   * with "+") and gives every part with its length, so no text can pass for a media URL.
   */
  static String fingerprint(E164Number from, E164Number to, String body, MediaUrls media) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String canonical;
      if (media.isEmpty()) {
        canonical = from.value() + "\n" + to.value() + "\n" + body;
      } else {
        StringBuilder mms = new StringBuilder("mms\n").append(from.value()).append('\n');
        mms.append(to.value()).append('\n');
        String text = body == null ? "" : body;
        mms.append(text.length()).append(':').append(text).append('\n');
        for (var url : media.urls()) {
          String u = url.toString();
          mms.append(u.length()).append(':').append(u).append('\n');
        }
        canonical = mms.toString();
      }
      return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
