package dev.switchboard.domain.messaging.port.out;

import dev.switchboard.domain.messaging.Claim;
import dev.switchboard.domain.messaging.Direction;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.messaging.MessageKind;
import dev.switchboard.domain.messaging.MessageQuery;
import dev.switchboard.domain.messaging.MessageStatus;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.Page;
import dev.switchboard.domain.shared.PhoneAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The message store in memory, for use-case tests; {@code MessagesContract} holds it to the same
 * contract as the PostgreSQL adapter.
 */
public final class InMemoryMessages implements Messages {

  final Map<MessageId, Message> byId = new LinkedHashMap<>();
  private final Map<MessageId, String> tokens = new HashMap<>();
  private final Map<MessageId, Instant> attempts = new HashMap<>();

  @Override
  public synchronized boolean add(Message message) {
    if (message.idempotencyKey() != null
        && byIdempotencyKey(message.idempotencyKey()).isPresent()) {
      return false;
    }
    if (message.flowrouteId() != null && byFlowrouteId(message.flowrouteId()).isPresent()) {
      return false;
    }
    if (byId.containsKey(message.id())) {
      return false;
    }
    byId.put(message.id(), message);
    return true;
  }

  @Override
  public synchronized void update(Message message) {
    requireUniqueFlowrouteId(message);
    byId.put(message.id(), message);
    tokens.remove(message.id());
    if (!open(message)) {
      attempts.remove(message.id());
    }
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

  /**
   * As the PostgreSQL listing: newest first by id (UUIDv7 ids sort by time, compared unsigned as
   * PostgreSQL compares uuids), a number matching either end, a conversation matching both ends
   * either way round, a half-open {@code [since, until)} window on the creation time, and the
   * cursor as an id bound.
   */
  @Override
  public synchronized Page<Message> list(MessageQuery query) {
    List<Message> matching =
        byId.values().stream()
            .filter(m -> matches(m, query))
            .sorted(NEWEST_FIRST)
            .limit(query.limit() + 1L)
            .toList();
    boolean hasMore = matching.size() > query.limit();
    return new Page<>(matching.subList(0, Math.min(matching.size(), query.limit())), hasMore);
  }

  private static final Comparator<Message> NEWEST_FIRST = (a, b) -> compareUnsigned(b.id(), a.id());

  private static int compareUnsigned(MessageId a, MessageId b) {
    int high =
        Long.compareUnsigned(
            a.value().getMostSignificantBits(), b.value().getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(
            a.value().getLeastSignificantBits(), b.value().getLeastSignificantBits());
  }

  private static boolean matches(Message m, MessageQuery query) {
    String from = m.from().value();
    String to = m.to().value();
    if (query.number().isPresent()) {
      String number = query.number().get().value();
      if (query.peer().isPresent()) {
        String peer = query.peer().get().value();
        if (!(from.equals(number) && to.equals(peer) || from.equals(peer) && to.equals(number))) {
          return false;
        }
      } else if (!(from.equals(number) || to.equals(number))) {
        return false;
      }
    }
    return query.direction().map(d -> m.direction() == d).orElse(true)
        && query.status().map(s -> m.status() == s).orElse(true)
        && query.since().map(since -> !m.createdAt().isBefore(since)).orElse(true)
        && query.until().map(until -> m.createdAt().isBefore(until)).orElse(true)
        && query.after().map(after -> compareUnsigned(m.id(), after) < 0).orElse(true)
        && query.foreign().map(f -> m.foreign() == f).orElse(true);
  }

  @Override
  public synchronized List<Claim> claimDue(
      Instant now, MessageKind kind, int limit, Duration lease) {
    List<Message> due =
        byId.values().stream()
            .filter(m -> m.direction() == Direction.OUTBOUND && open(m))
            .filter(m -> MessageKind.of(m) == kind)
            .filter(m -> !m.nextAttemptAt().isAfter(now))
            .sorted(Comparator.comparing(Message::nextAttemptAt))
            .limit(Math.max(0, limit))
            .toList();
    List<Claim> claims = new ArrayList<>();
    for (Message message : due) {
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
              now,
              message.schedule());
      String token = UUID.randomUUID().toString();
      byId.put(sending.id(), sending);
      tokens.put(sending.id(), token);
      claims.add(
          new Claim(
              sending,
              token,
              message.status() == MessageStatus.SENDING,
              attempts.get(message.id())));
    }
    return claims;
  }

  @Override
  public synchronized boolean startAttempt(Claim claim, Instant now, Instant leaseUntil) {
    if (!holds(claim)) {
      return false;
    }
    Message current = byId.get(claim.message().id());
    byId.put(
        current.id(),
        new Message(
            current.id(),
            current.direction(),
            current.from(),
            current.to(),
            current.body(),
            current.media(),
            current.status(),
            current.flowrouteId(),
            current.idempotencyKey(),
            current.fingerprint(),
            current.attempts(),
            leaseUntil,
            current.failureCode(),
            current.failureReason(),
            current.createdAt(),
            now,
            current.schedule()));
    attempts.put(current.id(), now);
    return true;
  }

  @Override
  public synchronized boolean release(Claim claim, Message next, Instant attemptedAt) {
    if (!holds(claim)) {
      return false;
    }
    requireUniqueFlowrouteId(next);
    byId.put(next.id(), next);
    tokens.remove(next.id());
    if (attemptedAt == null) {
      attempts.remove(next.id());
    } else {
      attempts.put(next.id(), attemptedAt);
    }
    return true;
  }

  @Override
  public synchronized Optional<Message> lockUnsent(MessageId id) {
    return byId(id)
        .filter(m -> m.direction() == Direction.OUTBOUND && m.flowrouteId() == null && open(m));
  }

  @Override
  public synchronized Optional<Message> lockCancelable(MessageId id) {
    return byId(id)
        .filter(m -> m.direction() == Direction.OUTBOUND && open(m))
        .filter(m -> !attempts.containsKey(m.id()));
  }

  @Override
  public synchronized Optional<Message> unidentifiedLike(
      PhoneAddress from, E164Number to, String body, Instant since) {
    return byId.values().stream()
        .filter(
            m ->
                m.direction() == Direction.OUTBOUND
                    && !m.foreign()
                    && m.flowrouteId() == null
                    && m.from().equals(from)
                    && m.to().equals(to)
                    && Objects.equals(m.body(), body)
                    && !m.createdAt().isBefore(since))
        .findFirst();
  }

  @Override
  public synchronized List<Message> sentBetween(Instant since, Instant before, int limit) {
    return byId.values().stream()
        .filter(
            m ->
                m.status() == MessageStatus.SENT
                    && !m.updatedAt().isBefore(since)
                    && m.updatedAt().isBefore(before))
        .sorted(Comparator.comparing(Message::updatedAt))
        .limit(limit)
        .toList();
  }

  /** Takes the claim away, as a lapsed lease re-claimed elsewhere would (for tests). */
  public synchronized void steal(MessageId id) {
    tokens.put(id, "stolen-" + UUID.randomUUID());
  }

  private boolean holds(Claim claim) {
    return claim.token().equals(tokens.get(claim.message().id()));
  }

  private void requireUniqueFlowrouteId(Message message) {
    if (message.flowrouteId() != null) {
      byFlowrouteId(message.flowrouteId())
          .filter(other -> !other.id().equals(message.id()))
          .ifPresent(
              other -> {
                throw new IllegalStateException("flowroute id already recorded on " + other.id());
              });
    }
  }

  private static boolean open(Message message) {
    return message.status() == MessageStatus.QUEUED || message.status() == MessageStatus.SENDING;
  }
}
