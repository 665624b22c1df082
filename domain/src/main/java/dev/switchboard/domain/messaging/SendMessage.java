package dev.switchboard.domain.messaging;

import dev.switchboard.domain.events.Outbox;
import dev.switchboard.domain.shared.ConflictException;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.IdGenerator;
import dev.switchboard.domain.shared.UnitOfWork;
import dev.switchboard.domain.shared.ValidationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Use case: accept an outbound message and queue it for the dispatcher, once per idempotency key.
 */
public final class SendMessage {

  /** What a caller asks to send; numbers in E.164 or Flowroute's 11-digit form. */
  public record Command(
      String from, String to, String body, List<String> mediaUrls, String idempotencyKey) {}

  /** The queued message, and whether it was queued by an earlier request with the same key. */
  public record Result(Message message, boolean replayed) {}

  private static final int MAX_KEY_LENGTH = 255;

  private final Messages messages;
  private final OptOuts optOuts;
  private final Outbox outbox;
  private final MessageEvents events;
  private final UnitOfWork unitOfWork;
  private final IdGenerator ids;
  private final Clock clock;

  public SendMessage(
      Messages messages,
      OptOuts optOuts,
      Outbox outbox,
      MessageEvents events,
      UnitOfWork unitOfWork,
      IdGenerator ids,
      Clock clock) {
    this.messages = messages;
    this.optOuts = optOuts;
    this.outbox = outbox;
    this.events = events;
    this.unitOfWork = unitOfWork;
    this.ids = ids;
    this.clock = clock;
  }

  public Result send(Command command) {
    E164Number from = E164Number.parse(command.from());
    E164Number to = E164Number.parse(command.to());
    if (from.equals(to)) {
      throw new ValidationException("invalid-recipient", "from and to must differ");
    }
    if (command.mediaUrls() != null && !command.mediaUrls().isEmpty()) {
      throw new ValidationException(
          "mms-not-supported", "MMS sending is not built yet; send an SMS (body only)");
    }
    String body = MessageBody.requireValidSms(command.body());
    String key = validKey(command.idempotencyKey());
    String fingerprint = fingerprint(from, to, body);

    Message message =
        Message.queued(
            new MessageId(ids.newId()),
            from,
            to,
            body,
            List.of(),
            key,
            fingerprint,
            clock.instant());
    // Everything in one transaction, so that a request holds one database connection at a time.
    return unitOfWork.inTransaction(
        () -> {
          if (key != null) {
            Optional<Result> replay = replay(key, fingerprint);
            if (replay.isPresent()) {
              return replay.get();
            }
          }
          if (optOuts.isOptedOut(from, to)) {
            throw new ValidationException(
                "recipient-opted-out", to + " has opted out of messages from " + from);
          }
          if (!messages.add(message)) {
            // Another request with the same key won the race; answer as it was answered.
            return replay(key, fingerprint)
                .orElseThrow(() -> new IllegalStateException("message vanished after conflict"));
          }
          outbox.append(events.statusChanged(message, null, null));
          return new Result(message, false);
        });
  }

  private Optional<Result> replay(String key, String fingerprint) {
    return messages
        .byIdempotencyKey(key)
        .map(
            existing -> {
              if (!fingerprint.equals(existing.fingerprint())) {
                throw new ConflictException(
                    "idempotency-key-reused",
                    "this Idempotency-Key was already used for a different message");
              }
              return new Result(existing, true);
            });
  }

  private static String validKey(String key) {
    if (key == null) {
      return null;
    }
    if (key.isBlank()
        || key.length() > MAX_KEY_LENGTH
        || !key.chars().allMatch(c -> c > 32 && c < 127)) {
      throw new ValidationException(
          "invalid-idempotency-key",
          "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters");
    }
    return key;
  }

  static String fingerprint(E164Number from, E164Number to, String body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String canonical = from.value() + "\n" + to.value() + "\n" + body;
      return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
