package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

  @Test
  void no_caller_and_key_can_pass_for_another_pair() {
    assertThat(IdempotencyKeys.scoped("a:b", "c")).isNotEqualTo(IdempotencyKeys.scoped("a", "b:c"));
    assertThat(IdempotencyKeys.scoped("alice", "k"))
        .isNotEqualTo(IdempotencyKeys.scoped("bob", "k"));
    assertThat(IdempotencyKeys.scoped(null, "k")).isEqualTo("0::k");
  }

  @Test
  void a_long_caller_is_kept_as_its_digest() {
    String scoped = IdempotencyKeys.scoped("x".repeat(5000), "k");
    assertThat(scoped).hasSizeLessThan(100).endsWith(":k");
    assertThat(scoped).isNotEqualTo(IdempotencyKeys.scoped("x".repeat(5001), "k"));
  }

  @Test
  void a_key_expires_once_its_lifetime_has_passed() {
    Instant created = Instant.parse("2026-12-01T10:00:00Z");
    Duration day = Duration.ofHours(24);
    assertThat(IdempotencyKeys.expired(created, day, created.plus(Duration.ofHours(23)))).isFalse();
    assertThat(IdempotencyKeys.expired(created, day, created.plus(day))).isTrue();
  }
}
