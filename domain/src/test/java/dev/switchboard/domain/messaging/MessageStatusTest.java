package dev.switchboard.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class MessageStatusTest {

  @Property
  void a_final_state_never_moves(@ForAll MessageStatus from, @ForAll MessageStatus to) {
    if (from.isFinal()) {
      assertThat(from.canAdvanceTo(to)).isFalse();
    }
  }

  @Property
  void no_state_moves_to_itself(@ForAll MessageStatus status) {
    assertThat(status.canAdvanceTo(status)).isFalse();
  }
}
