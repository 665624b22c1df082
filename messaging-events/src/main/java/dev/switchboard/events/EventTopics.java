package dev.switchboard.events;

import dev.switchboard.domain.events.EventStream;
import dev.switchboard.events.contract.EventType;

/** The Kafka topic that each {@link EventStream} is published to. */
public record EventTopics(String inbound, String status, String numbers, String optOuts) {

  public EventTopics {
    requireName(inbound, "inbound");
    requireName(status, "status");
    requireName(numbers, "numbers");
    requireName(optOuts, "opt-outs");
  }

  /** The topics of the streams before opt-outs, with the opt-out topic's default name. */
  public EventTopics(String inbound, String status, String numbers) {
    this(inbound, status, numbers, EventType.Topics.OPT_OUTS);
  }

  public static EventTopics from(EventsConfig.Topics config) {
    return new EventTopics(config.inbound(), config.status(), config.numbers(), config.optOuts());
  }

  public String topicOf(EventStream stream) {
    return switch (stream) {
      case MESSAGES_INBOUND -> inbound;
      case MESSAGES_STATUS -> status;
      case NUMBERS -> numbers;
      case OPT_OUTS -> optOuts;
    };
  }

  private static void requireName(String topic, String which) {
    if (topic == null || topic.isBlank()) {
      throw new IllegalArgumentException("the " + which + " topic needs a name");
    }
  }
}
