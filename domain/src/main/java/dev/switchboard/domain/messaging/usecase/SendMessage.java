package dev.switchboard.domain.messaging.usecase;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.domain.messaging.IdempotencyKeys;
import dev.switchboard.domain.messaging.MediaUrls;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageBody;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.Schedule;
import dev.switchboard.domain.messaging.SenderStanding;
import dev.switchboard.domain.messaging.Senders;
import dev.switchboard.domain.messaging.event.MessageEvents;
import dev.switchboard.domain.messaging.port.out.Messages;
import dev.switchboard.domain.messaging.port.out.OptOuts;
import dev.switchboard.domain.messaging.port.out.SendChecks;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.DomainException;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Use case: accept an outbound message and queue it for the dispatcher, once per idempotency key.
 */
public final class SendMessage {

  /**
   * What a caller asks to send; numbers in E.164 or Flowroute's 11-digit form. {@code caller} (the
   * token's subject) scopes the idempotency key; {@code sendAt} and {@code expiresAt} (each
   * optional) make its {@link Schedule}.
   */
  public record Command(
      String from,
      String to,
      String body,
      List<String> mediaUrls,
      String idempotencyKey,
      String caller,
      Instant sendAt,
      Instant expiresAt) {

    /** A command to send as soon as possible. */
    public Command(
        String from,
        String to,
        String body,
        List<String> mediaUrls,
        String idempotencyKey,
        String caller) {
      this(from, to, body, mediaUrls, idempotencyKey, caller, null, null);
    }

    /** A command of the anonymous caller. */
    public Command(
        String from, String to, String body, List<String> mediaUrls, String idempotencyKey) {
      this(from, to, body, mediaUrls, idempotencyKey, null);
    }
  }

  /** The most messages one batch request may carry. */
  public static final int MAX_BATCH = 1000;

  /** How long an idempotency key names its message unless configured otherwise (as Stripe). */
  public static final Duration DEFAULT_KEY_TTL = Duration.ofHours(24);

  /** The queued message, and whether it was queued by an earlier request with the same key. */
  public record Result(Message message, boolean replayed) {}

  /** A valid command made into its message, with its scoped key and fingerprint: not stored yet. */
  public record Prepared(Message message, String key, String fingerprint) {}

  /**
   * What became of one message: queued (or replayed), or refused; while a batch is prepared, its
   * prepared message not stored yet.
   */
  public record Outcome(Result result, RuntimeException refusal, Prepared prepared) {

    public Outcome(Result result, RuntimeException refusal) {
      this(result, refusal, null);
    }

    static Outcome of(Result result) {
      return new Outcome(result, null);
    }

    public static Outcome refused(RuntimeException refusal) {
      return new Outcome(null, refusal);
    }

    static Outcome prepared(Prepared prepared) {
      return new Outcome(null, null, prepared);
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
  private final SendChecks checks;
  private final Outbox outbox;
  private final MessageEvents events;
  private final UnitOfWork unitOfWork;
  private final IdGenerator ids;
  private final Clock clock;
  private final Settings settings;

  /**
   * How sends are accepted: how long an idempotency key names its message after the message was
   * made, and whether media may be sent at all (false when the carrier's API sends text only, which
   * refuses every send with media at acceptance).
   */
  public record Settings(Duration keyTtl, boolean mmsAvailable) {

    public Settings {
      if (keyTtl.isNegative() || keyTtl.isZero()) {
        throw new IllegalArgumentException("the idempotency key lifetime must be positive");
      }
    }

    /** Keys for {@link #DEFAULT_KEY_TTL}, media allowed. */
    public static Settings defaults() {
      return new Settings(DEFAULT_KEY_TTL, true);
    }
  }

  /**
   * A batch's idempotency keys, senders and opt-outs are read through {@code checks} (one statement
   * in PostgreSQL, {@link SeparateSendChecks} over the separate stores elsewhere).
   */
  public SendMessage(
      Messages messages,
      SendChecks checks,
      Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock,
      Settings settings) {
    this.settings = settings;
    this.messages = messages;
    this.checks = checks;
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
    String given = IdempotencyKeys.valid(command.idempotencyKey());
    return prepare(command, given == null ? null : IdempotencyKeys.scoped(command.caller(), given));
  }

  /**
   * Validates the commands of one batch request and makes their messages, storing nothing: one
   * entry per command, in order, each its prepared message or its refusal. The batch's idempotency
   * key (in every command) names each message by its place in the batch, so that a replay of the
   * batch answers every accepted message again.
   */
  public List<Outcome> prepareBatch(List<Command> commands, String idempotencyKey, String caller) {
    if (commands == null || commands.isEmpty() || commands.size() > MAX_BATCH) {
      throw new ValidationException(
          ProblemType.INVALID_BATCH,
          "a batch holds 1 to "
              + MAX_BATCH
              + " messages, not "
              + (commands == null ? 0 : commands.size()));
    }
    String given = IdempotencyKeys.valid(idempotencyKey);
    List<Outcome> prepared = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      try {
        String key = given == null ? null : IdempotencyKeys.batchItem(caller, given, i);
        prepared.add(Outcome.prepared(prepare(commands.get(i), key)));
      } catch (DomainException refusal) {
        prepared.add(Outcome.refused(refusal));
      }
    }
    return prepared;
  }

  private Prepared prepare(Command command, String key) {
    if (command == null) {
      throw new ValidationException(
          ProblemType.MISSING_BODY, "each message needs from, to and body (or mediaUrls)");
    }
    E164Number from = E164Number.parse(command.from());
    E164Number to = E164Number.parse(command.to());
    if (from.equals(to)) {
      throw new ValidationException(ProblemType.INVALID_RECIPIENT, "from and to must differ");
    }
    if (!settings.mmsAvailable() && command.mediaUrls() != null && !command.mediaUrls().isEmpty()) {
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
    Instant now = clock.instant();
    Schedule schedule = Schedule.requested(command.sendAt(), command.expiresAt(), now);
    String fingerprint = fingerprint(from, to, body, media, schedule);
    Message message =
        Message.queued(
            new MessageId(ids.newId()),
            from,
            to,
            body,
            media.toMedia(),
            key,
            fingerprint,
            schedule,
            now);
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
          // One read for the whole batch: a read per check cost the shared transaction a round
          // trip each. Every message is asked about; what a message is answered does not depend
          // on the others.
          SendChecks.Found found = checks.read(asked(batch));
          replayKnownKeys(batch, outcomes, found.keysTaken());
          refuseSendersNotOurs(batch, outcomes, found.senders());
          refuseExpired(batch, outcomes);
          refuseOptedOut(batch, outcomes, found.optedOut());
          queueTheRest(batch, outcomes);
          return List.of(outcomes);
        });
  }

  private static SendChecks.Asked asked(List<Prepared> batch) {
    Set<String> keys = new HashSet<>();
    Set<E164Number> senders = new HashSet<>();
    Set<OptOuts.Pair> pairs = new HashSet<>();
    for (Prepared prepared : batch) {
      if (prepared.key() != null) {
        keys.add(prepared.key());
      }
      senders.add(prepared.message().from().asE164());
      pairs.add(pair(prepared.message()));
    }
    return new SendChecks.Asked(keys, senders, pairs);
  }

  /** A key already used answers as its first request was answered (or refuses another message). */
  private void replayKnownKeys(List<Prepared> batch, Outcome[] outcomes, Set<String> taken) {
    if (taken.isEmpty()) {
      return;
    }
    Map<String, Message> known = messages.byIdempotencyKeys(taken);
    for (int i = 0; i < batch.size(); i++) {
      Prepared prepared = batch.get(i);
      if (prepared.key() != null && known.containsKey(prepared.key())) {
        outcomes[i] =
            replayOutcome(Optional.of(known.get(prepared.key())), prepared.fingerprint())
                .orElse(null);
      }
    }
  }

  private static void refuseSendersNotOurs(
      List<Prepared> batch, Outcome[] outcomes, Map<E164Number, SenderStanding> found) {
    List<E164Number> asked = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      if (outcomes[i] == null) {
        asked.add(batch.get(i).message().from().asE164());
      }
    }
    Map<E164Number, ValidationException> refused = Senders.refusals(asked, found);
    for (int i = 0; i < batch.size(); i++) {
      ValidationException refusal = refused.get(batch.get(i).message().from().asE164());
      if (outcomes[i] == null && refusal != null) {
        outcomes[i] = Outcome.refused(refusal);
      }
    }
  }

  /**
   * A new message whose {@code expiresAt} has passed is refused; a replay is answered before this,
   * so a request accepted once is answered the same after its message expired.
   */
  private void refuseExpired(List<Prepared> batch, Outcome[] outcomes) {
    Instant now = clock.instant();
    for (int i = 0; i < batch.size(); i++) {
      if (outcomes[i] == null) {
        try {
          batch.get(i).message().schedule().requireNotExpired(now);
        } catch (ValidationException refusal) {
          outcomes[i] = Outcome.refused(refusal);
        }
      }
    }
  }

  private static void refuseOptedOut(
      List<Prepared> batch, Outcome[] outcomes, Set<OptOuts.Pair> optedOut) {
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
    return replayOutcome(messages.byIdempotencyKey(prepared.key()), prepared.fingerprint());
  }

  private Optional<Outcome> replayOutcome(Optional<Message> found, String fingerprint) {
    try {
      return replay(found, fingerprint).map(Outcome::of);
    } catch (ConflictException conflict) {
      return Optional.of(Outcome.refused(conflict));
    }
  }

  private static OptOuts.Pair pair(Message message) {
    return new OptOuts.Pair(message.from().asE164(), message.to());
  }

  private Optional<Result> replay(Optional<Message> found, String fingerprint) {
    if (found.isPresent()
        && IdempotencyKeys.expired(found.get().createdAt(), settings.keyTtl(), clock.instant())) {
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
  static String fingerprint(
      E164Number from, E164Number to, String body, MediaUrls media, Schedule schedule) {
    String unscheduled = fingerprint(from, to, body, media);
    if (schedule.isNone()) {
      return unscheduled;
    }
    // A schedule changes the request: the same key with another schedule is another message.
    String scheduled =
        unscheduled + "\nschedule\n" + schedule.sendAt() + "\n" + schedule.expiresAt();
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(scheduled.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * What makes two unscheduled requests the same message; see {@link #fingerprint(E164Number,
   * E164Number, String, MediaUrls, Schedule)}.
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
