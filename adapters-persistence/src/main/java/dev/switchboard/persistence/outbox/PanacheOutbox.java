package dev.switchboard.persistence.outbox;

import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.TraceContext;
import dev.switchboard.domain.events.port.out.EventEncoder;
import dev.switchboard.domain.events.port.out.Outbox;
import dev.switchboard.persistence.common.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * Writes events to the {@code outbox} table, in the caller's transaction, and has the relays woken
 * once it commits. Each row holds the event as the event contract ({@link EventEncoder}) writes it:
 * its type name and its data as JSON, which the relay publishes unchanged, and the trace context of
 * the request that caused it ({@link OutboxTraces}).
 */
@ApplicationScoped
public class PanacheOutbox implements Outbox {

  /** Many events in one statement, in their order (positions follow the arrays' order). */
  private static final String INSERT_ALL =
      """
      INSERT INTO outbox (event_id, type, stream, event_key, subject, occurred_at, data,
          traceparent, tracestate)
      SELECT event_id, type, stream, event_key, subject, occurred_at, data, traceparent, tracestate
      FROM unnest(CAST(? AS uuid[]), CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[]),
          CAST(? AS text[]), CAST(? AS timestamptz[]), CAST(? AS jsonb[]), CAST(? AS text[]),
          CAST(? AS text[]))
          WITH ORDINALITY AS e(event_id, type, stream, event_key, subject, occurred_at, data,
              traceparent, tracestate, n)
      ORDER BY n
      """;

  private final EventEncoder encoder;
  private final OutboxWakeUp wakeUp;
  private final EntityManager em;

  public PanacheOutbox(EventEncoder encoder, OutboxWakeUp wakeUp, EntityManager em) {
    this.encoder = encoder;
    this.wakeUp = wakeUp;
    this.em = em;
  }

  @Override
  public void append(DomainEvent event) {
    appendAll(List.of(event));
  }

  @Override
  public void appendAll(List<DomainEvent> events) {
    appendAll(events, null);
  }

  /**
   * Appends the events in the statement that also runs {@code also}, so that both cost one round
   * trip; null: the events alone.
   */
  public void appendAll(List<DomainEvent> events, Together also) {
    if (events.isEmpty()) {
      return;
    }
    List<EventEncoder.Encoded> encoded = events.stream().map(encoder::encode).toList();
    List<TraceContext> traces = events.stream().map(OutboxTraces::of).toList();
    String sql = also == null ? INSERT_ALL : "WITH companion AS (" + also.sql() + ") " + INSERT_ALL;
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(sql)) {
                SqlArrays columns = new SqlArrays(connection, insert);
                if (also != null) {
                  // Its placeholders come first in the statement's text.
                  also.bind().accept(columns);
                }
                columns.text(events, e -> e.id().toString());
                columns.text(encoded, EventEncoder.Encoded::type);
                columns.text(events, e -> e.stream().name());
                columns.text(events, DomainEvent::key);
                columns.text(events, DomainEvent::subject);
                columns.instants(events, DomainEvent::time);
                columns.text(encoded, EventEncoder.Encoded::dataJson);
                columns.text(traces, t -> t == null ? null : t.traceparent());
                columns.text(traces, t -> t == null ? null : t.tracestate());
                insert.executeUpdate();
              }
            });
    wakeUp.afterCommit();
  }

  /**
   * A data-modifying statement written with the events' insert (as its {@code WITH} clause) and the
   * binding of its array parameters.
   */
  public record Together(String sql, Consumer<SqlArrays> bind) {}
}
