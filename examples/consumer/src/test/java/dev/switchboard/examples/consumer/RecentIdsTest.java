package dev.switchboard.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The deduplication window keeps at most its capacity, dropping the id seen longest ago. */
class RecentIdsTest {

  @Test
  void a_redelivery_within_the_window_is_not_new_and_the_window_stays_bounded() {
    RecentIds ids = new RecentIds(2);

    assertThat(ids.firstTime("a")).isTrue();
    assertThat(ids.firstTime("b")).isTrue();
    assertThat(ids.firstTime("a")).isFalse();
    assertThat(ids.firstTime("c")).as("c pushes out b, seen longest ago").isTrue();

    assertThat(ids.size()).isEqualTo(2);
    assertThat(ids.firstTime("a")).isFalse();
    assertThat(ids.firstTime("b")).as("b left the window").isTrue();
  }
}
