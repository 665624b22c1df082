package dev.switchboard.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LateEventsTest {

  private static final long MS = 1_000_000L;
  private static final long SECOND = 1_000 * MS;

  @Test
  void finds_the_second_that_started_most_of_the_late_events() {
    LateEvents events = new LateEvents(25 * MS);
    long t0 = 5 * SECOND;
    for (int i = 0; i < 100; i++) {
      events.add(t0 + i * 100 * MS, 3 * MS);
    }
    events.add(t0 + 2 * SECOND + 10 * MS, 40 * MS);
    for (int i = 0; i < 3; i++) {
      events.add(t0 + 7 * SECOND + i * MS, 90 * MS);
    }
    events.add(t0 + 7 * SECOND + 500 * MS, 25 * MS);

    assertThat(events.total()).isEqualTo(105);
    assertThat(events.late()).isEqualTo(4);
    assertThat(events.worstSecond()).containsExactly(7, 3);
    assertThat(events.firstStart()).isEqualTo(t0);
    assertThat(events.lateBySecond()).containsExactly(0, 0, 1, 0, 0, 0, 0, 3);
    assertThat(events.describe())
        .isEqualTo("over 25 ms: 4 of 105, 3 of them started in second 7 of the step");
  }

  @Test
  void seconds_count_from_the_earliest_start_whatever_the_order() {
    LateEvents events = new LateEvents(25 * MS);
    events.add(10 * SECOND, 30 * MS);
    events.add(4 * SECOND, 1 * MS);
    assertThat(events.worstSecond()).containsExactly(6, 1);
  }

  @Test
  void a_step_without_late_events_says_so() {
    LateEvents events = new LateEvents(25 * MS);
    events.add(SECOND, MS);
    assertThat(events.worstSecond()).containsExactly(-1, 0);
    assertThat(events.describe()).isEqualTo("over 25 ms: 0 of 1");
  }

  @Test
  void rejects_a_threshold_that_is_not_positive() {
    assertThatThrownBy(() -> new LateEvents(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
