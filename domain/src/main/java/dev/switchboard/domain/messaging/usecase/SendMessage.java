package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.IdempotencyKeys;
import dev.switchboard.domain.messaging.MediaUrls;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageBody;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.ProblemType;
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

  /** A valid command made into its message, with its scoped key and fingerprint: not stored yet. */
  public record Prepared(Message message, String key, String fingerprint) {}

  /** What became of one prepared message: queued (or replayed), or refused. */
  public record Outcome(Result result, RuntimeException refusal) {

    static Outcome of(Result result) {
      return new Outcome(result, null);
    }

    static Outcome refused(RuntimeException refusal) {
      return new Outcome(null, refusal);
    }

    /** The result, or the refusal thrown. */
    public Result resultOrThrow() {
      if (refusal != null) {
        throw refusal;
      }
      return result;
    }
  }

  private final Messages messages;
  private final OptOuts optOuts;
  private final Outbox outbox;
  private final MessageEvents events;
  private final UnitOfWork unitOfWork;
  private final IdGenerator ids;
  private final Clock clock;
  private final Duration keyTtl;
  private final boolean mmsAvailable;

  public SendMessage(
      Messages messages,
      OptOuts optOuts,
      Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock) {
    this(messages, optOuts, outbox, events, unitOfWork, ids, clock, DEFAULT_KEY_TTL);
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
      Duration keyTtl) {
    this(messages, optOuts, outbox, events, unitOfWork, ids, clock, keyTtl, true);
  }

  /**
   * As above; {@code mmsAvailable} false (the carrier's API sends text only) refuses every send
   * with media at acceptance.
   */
  public SendMessage(
      Messages messages,
      OptOuts optOuts,
      Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock,
      Duration keyTtl,
      boolean mmsAvailable) {
    if (keyTtl.isNegative() || keyTtl.isZero()) {
      throw new IllegalArgumentException("the idempotency key lifetime must be positive");
    }
    this.keyTtl = keyTtl;
    this.mmsAvailable = mmsAvailable;
    this.messages = messages;
    this.optOuts = optOuts;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.ids = ids;
    this.clock = clock;
  }

  /** Validates and queues one message in a transaction of its own. */
  public Result send(Command command) {
    return sendAll(List.of(prepare(command))).get(0).resultOrThrow();
  }

  /**
   * Validates a command and makes its message, storing nothing: an invalid command is refused here,
   * before it waits for any transaction.
   */
  public Prepared prepare(Command command) {
    E164Number from = E164Number.parse(command.from());
    E164Number to = E164Number.parse(command.to());
    if (from.equals(to)) {
      throw new ValidationException(ProblemType.INVALID_RECIPIENT, "from and to must differ");
    }
    if (!mmsAvailable && command.mediaUrls() != null && !command.mediaUrls().isEmpty()) {
      // Refused before the URLs are judged: no URL could make a picture go out on this carrier.
      throw new ValidationException(
          ProblemType.MMS_NOT_AVAILABLE,
          "MMS is not available: this deployment's carrier messaging API (Flowroute Messages v2)"
              + " sends SMS only; send the text without mediaUrls");
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
    return new Prepared(message, key, fingerprint);
  }

  /**
   * Queues prepared messages in one transaction; one outcome per message, in order. A refusal
   * (opted out, a reused key) is that message's outcome and does not roll the others back.
   */
  public List<Outcome> sendAll(List<Prepared> batch) {
    return unitOfWork.inTransaction(
        () -> {
          Outcome[] outcomes = new Outcome[batch.size()];
          replayKnownKeys(batch, outcomes);
          refuseOptedOut(batch, outcomes);
          queueTheRest(batch, outcomes);
          return List.of(outcomes);
        });
  }

  /** A key already used answers as its first request was answered (or refuses another message). */
  private void replayKnownKeys(List<Prepared> batch, Outcome[] outcomes) {
    for (int i = 0; i < batch.size(); i++) {
      if (batch.get(i).key() != null) {
        outcomes[i] = replayOutcome(batch.get(i)).orElse(null);
      }
    }
  }

  /** One query for the whole batch. */
  private void refuseOptedOut(List<Prepared> batch, Outcome[] outcomes) {
    List<OptOuts.Pair> asked = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      if (outcomes[i] == null) {
        asked.add(pair(batch.get(i).message()));
      }
    }
    Set<OptOuts.Pair> optedOut = optOuts.optedOut(asked);
    for (int i = 0; i < batch.size(); i++) {
      Message message = batch.get(i).message();
      if (outcomes[i] == null && optedOut.contains(pair(message))) {
        outcomes[i] =
            Outcome.refused(
                new ValidationException(
                    ProblemType.RECIPIENT_OPTED_OUT,
                    message.to() + " has opted out of messages from " + message.from()));
      }
    }
  }

  /** Inserts the messages still without an outcome and tells each one queued as an event. */
  private void queueTheRest(List<Prepared> batch, Outcome[] outcomes) {
    List<Message> toAdd = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      if (outcomes[i] == null) {
        toAdd.add(batch.get(i).message());
      }
    }
    Set<MessageId> added = messages.addAll(toAdd);
    List<DomainEvent> told = new ArrayList<>(added.size());
    for (int i = 0; i < batch.size(); i++) {
      if (outcomes[i] != null) {
        continue;
      }
      Prepared prepared = batch.get(i);
      if (added.contains(prepared.message().id())) {
        told.add(events.statusChanged(prepared.message(), null, null));
        outcomes[i] = Outcome.of(new Result(prepared.message(), false));
      } else {
        // Another request with the same key won the race; answer as it was answered.
        outcomes[i] =
            replayOutcome(prepared)
                .orElseThrow(() -> new IllegalStateException("message vanished after conflict"));
      }
    }
    outbox.appendAll(told);
  }

  private Optional<Outcome> replayOutcome(Prepared prepared) {
    try {
      return replay(prepared.key(), prepared.fingerprint()).map(Outcome::of);
    } catch (ConflictException conflict) {
      return Optional.of(Outcome.refused(conflict));
    }
  }

  private static OptOuts.Pair pair(Message message) {
    return new OptOuts.Pair(message.from().asE164(), message.to());
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
                ProblemType.IDEMPOTENCY_KEY_REUSED,
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
