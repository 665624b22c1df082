package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RelaySettingsTest {

  @Test
  void backs_off_from_100_ms_doubling_up_to_the_maximum() {
    RelaySettings settings = new RelaySettings(500, Duration.ofSeconds(1), Duration.ofSeconds(1));

    assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofMillis(800));
    assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.backoffAfter(1_000_000)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void rejects_a_batch_size_below_one_and_a_poll_interval_that_is_not_positive() {
    assertThatThrownBy(() -> new RelaySettings(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RelaySettings(1, Duration.ZERO, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejects_a_negative_linger_and_one_as_long_as_the_poll_interval() {
    Duration second = Duration.ofSeconds(1);
    assertThat(new RelaySettings(1, second, second).linger()).isZero();
    assertThatThrownBy(() -> new RelaySettings(1, second, second, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RelaySettings(1, second, second, second))
        .hasMessageContaining("linger");
  }
}
