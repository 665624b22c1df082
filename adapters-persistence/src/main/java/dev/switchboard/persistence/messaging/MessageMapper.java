package dev.switchboard.persistence.messaging;

import dev.switchboard.domain.messaging.BodyEncoding;
import dev.switchboard.domain.messaging.Direction;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.messaging.Schedule;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import jakarta.enterprise.context.ApplicationScoped;

/** Maps messages between the domain record and the {@code messages} row. */
@ApplicationScoped
public class MessageMapper {

  private final MediaJson media;

  public MessageMapper(MediaJson media) {
    this.media = media;
  }

  public Message toDomain(MessageEntity row) {
    return new Message(
        new MessageId(row.id),
        Direction.valueOf(row.direction),
        new PhoneAddress(row.fromNumber),
        new E164Number(row.toNumber),
        row.body,
        media.read(row.media),
        MessageStatus.valueOf(row.status),
        row.flowrouteId,
        row.idempotencyKey,
        row.fingerprint,
        row.attempts,
        row.nextAttemptAt,
        row.failureCode,
        row.failureReason,
        row.createdAt,
        row.updatedAt,
        new Schedule(row.sendAt, row.expiresAt),
        row.autoReply,
        row.foreign);
  }

  /** Copies every field of {@code message} onto {@code row} (a new or a managed entity). */
  public MessageEntity copy(Message message, MessageEntity row) {
    row.id = message.id().value();
    row.direction = message.direction().name();
    row.fromNumber = message.from().value();
    row.toNumber = message.to().value();
    row.body = message.body();
    BodyEncoding encoding = message.bodyEncoding();
    row.encoding = encoding.encoding().name();
    row.segments = encoding.segments();
    row.media = media.write(message.media());
    row.status = message.status().name();
    row.flowrouteId = message.flowrouteId();
    row.idempotencyKey = message.idempotencyKey();
    row.fingerprint = message.fingerprint();
    row.attempts = message.attempts();
    row.nextAttemptAt = message.nextAttemptAt();
    row.failureCode = message.failureCode();
    row.failureReason = message.failureReason();
    row.sendAt = message.schedule().sendAt();
    row.expiresAt = message.schedule().expiresAt();
    row.createdAt = message.createdAt();
    row.updatedAt = message.updatedAt();
    row.autoReply = message.autoReply();
    row.foreign = message.foreign();
    return row;
  }
}
