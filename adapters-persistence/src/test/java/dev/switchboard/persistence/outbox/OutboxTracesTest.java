package dev.switchboard.persistence.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.events.EventStream;
import dev.switchboard.domain.events.TraceContext;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which trace context an outbox event is stored with, in plain and in shared (nested) work. */
class OutboxTracesTest {

  private static final TraceContext FIRST =
      new TraceContext("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", null);
  private static final TraceContext SECOND =
      new TraceContext("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "k=v");

  @Test
  void outside_any_trace_an_event_is_stored_without_a_context() {
    assertThat(OutboxTraces.of(event("m1"))).isNull();
  }

  @Test
  void an_event_takes_the_context_given_for_its_subject_and_others_take_none() {
    OutboxTraces.withOrigins(
        Map.of("m1", FIRST),
        () -> {
          assertThat(OutboxTraces.of(event("m1"))).isEqualTo(FIRST);
          assertThat(OutboxTraces.of(event("m2"))).isNull();
          return null;
        });
  }

  @Test
  void the_context_found_for_the_event_comes_before_the_one_given_for_its_subject() {
    OutboxTraces.withOrigins(
        Map.of("m1", FIRST, "m2", FIRST),
        () ->
            OutboxTraces.withEventOrigins(
                e -> "m1".equals(e.subject()) ? SECOND : null,
                () -> {
                  assertThat(OutboxTraces.of(event("m1"))).isEqualTo(SECOND);
                  assertThat(OutboxTraces.of(event("m2"))).isEqualTo(FIRST);
                  return null;
                }));
  }

  @Test
  void nested_work_gives_the_outer_contexts_back_when_it_ends_and_none_after_the_outermost() {
    OutboxTraces.withOrigins(
        Map.of("m1", FIRST),
        () -> {
          OutboxTraces.withOrigins(
              Map.of("m1", SECOND),
              () -> assertThat(OutboxTraces.of(event("m1"))).isEqualTo(SECOND));
          assertThat(OutboxTraces.of(event("m1"))).isEqualTo(FIRST);
          return null;
        });
    OutboxTraces.withEventOrigins(
        e -> FIRST,
        () ->
            OutboxTraces.withEventOrigins(
                e -> SECOND, () -> assertThat(OutboxTraces.of(event("m1"))).isEqualTo(SECOND)));
    assertThat(OutboxTraces.of(event("m1"))).isNull();
  }

  @Test
  void work_that_throws_still_gives_the_outer_context_back() {
    try {
      OutboxTraces.withOrigins(
          Map.of("m1", FIRST),
          () -> {
            throw new IllegalStateException("the work failed");
          });
    } catch (IllegalStateException expected) {
      // what matters is the thread afterwards
    }
    assertThat(OutboxTraces.of(event("m1"))).isNull();
  }

  private static TestEvent event(String subject) {
    return new TestEvent(
        UUID.randomUUID(),
        "test.event",
        EventStream.MESSAGES_INBOUND,
        subject,
        subject,
        Instant.parse("2026-12-07T12:00:00Z"),
        Map.of());
  }
}
