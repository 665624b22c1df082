package dev.switchboard.persistence;

import dev.switchboard.domain.messaging.InboundMessage;
import dev.switchboard.domain.messaging.Media;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.MessageId;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.PhoneAddress;
import dev.switchboard.domain.shared.port.out.TimeOrderedIds;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Test data: numbers, messages with time-ordered ids, and an emptied database. */
public final class Fixtures {

  public static final E164Number OURS = new E164Number("+12065550100");
  public static final E164Number OTHER_OF_OURS = new E164Number("+12065550101");
  public static final E164Number ALICE = new E164Number("+13125550111");
  public static final E164Number BOB = new E164Number("+13125550122");

  /** Microseconds: what PostgreSQL keeps of an instant. */
  public static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

  private static final AtomicLong tick = new AtomicLong();

  private Fixtures() {}

  /** A new id, later (by one millisecond) than every id made before it. */
  public static MessageId nextId() {
    Instant at = T0.plusMillis(tick.incrementAndGet());
    return new MessageId(new TimeOrderedIds(Clock.fixed(at, ZoneOffset.UTC)).newId());
  }

  public static Message queued(E164Number from, E164Number to, String key, Instant at) {
    return Message.queued(nextId(), from, to, "hello", List.of(), key, "fp-" + key, at);
  }

  public static Message received(E164Number from, E164Number to, String flowrouteId, Instant at) {
    InboundMessage inbound =
        new InboundMessage(
            flowrouteId, PhoneAddress.of(from), to, "hi there", List.of(), false, at);
    return Message.received(nextId(), inbound, at);
  }

  public static Media picture() {
    return new Media(
        java.net.URI.create("https://media.example.com/cat.png"), "image/png", "cat.png", 2048L);
  }

  public static void emptyDatabase(AgroalDataSource dataSource) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "TRUNCATE delivery_receipts, message_history, opt_outs, number_keywords, outbox, media_archive, messages,"
              + " numbers, routes, e911_addresses, cnam_records RESTART IDENTITY");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The ids of the events still in the outbox, oldest first. */
  public static List<UUID> outboxEventIds(AgroalDataSource dataSource) {
    List<UUID> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT event_id FROM outbox ORDER BY position")) {
      while (rs.next()) {
        ids.add(rs.getObject(1, UUID.class));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return ids;
  }
}
