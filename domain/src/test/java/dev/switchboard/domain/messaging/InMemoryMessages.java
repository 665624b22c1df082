package dev.switchboard.domain.messaging;

import dev.switchboard.domain.shared.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A plain map standing in for the message store in use-case unit tests. */
final class InMemoryMessages implements Messages {

  final Map<MessageId, Message> byId = new LinkedHashMap<>();

  @Override
  public synchronized boolean add(Message message) {
    if (message.idempotencyKey() != null
        && byIdempotencyKey(message.idempotencyKey()).isPresent()) {
      return false;
    }
    byId.put(message.id(), message);
    return true;
  }

  @Override
  public synchronized void update(Message message) {
    byId.put(message.id(), message);
  }

  @Override
  public synchronized Optional<Message> byId(MessageId id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public synchronized Optional<Message> byIdempotencyKey(String key) {
    return byId.values().stream().filter(m -> key.equals(m.idempotencyKey())).findFirst();
  }

  @Override
  public synchronized Optional<Message> byFlowrouteId(String flowrouteId) {
    return byId.values().stream().filter(m -> flowrouteId.equals(m.flowrouteId())).findFirst();
  }

  @Override
  public Page<Message> list(MessageQuery query) {
    throw new UnsupportedOperationException("not needed by these tests");
  }

  @Override
  public synchronized List<Claim> claimDue(Instant now, int limit, Duration lease) {
    List<Claim> claims = new ArrayList<>();
    for (Message message : List.copyOf(byId.values())) {
      if (claims.size() == limit) {
        break;
      }
      if (message.status() == MessageStatus.QUEUED && !message.nextAttemptAt().isAfter(now)) {
        Message sending =
            new Message(
                message.id(),
                message.direction(),
                message.from(),
                message.to(),
                message.body(),
                message.media(),
                MessageStatus.SENDING,
                message.flowrouteId(),
                message.idempotencyKey(),
                message.fingerprint(),
                message.attempts() + 1,
                now.plus(lease),
                message.failureCode(),
                message.failureReason(),
                message.createdAt(),
                now);
        byId.put(sending.id(), sending);
        claims.add(new Claim(sending, false));
      }
    }
    return claims;
  }
}
