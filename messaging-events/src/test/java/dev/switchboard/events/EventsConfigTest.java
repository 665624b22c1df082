package dev.switchboard.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.contract.EventType;
import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

/** The topic defaults, written out for the deploy checks, are the events contract's topics. */
class EventsConfigTest {

  private static String defaultOf(String method) throws NoSuchMethodException {
    return EventsConfig.Topics.class.getMethod(method).getAnnotation(WithDefault.class).value();
  }

  @Test
  void the_topic_defaults_are_the_contracts_topics() throws Exception {
    assertThat(defaultOf("inbound")).isEqualTo(EventType.Topics.INBOUND);
    assertThat(defaultOf("status")).isEqualTo(EventType.Topics.STATUS);
    assertThat(defaultOf("numbers")).isEqualTo(EventType.Topics.NUMBERS);
    assertThat(defaultOf("optOuts")).isEqualTo(EventType.Topics.OPT_OUTS);
  }
}
