package dev.switchboard.domain.events.port.out;

import dev.switchboard.domain.events.DomainEvent;
import java.util.Objects;

/**
 * Port: an event as it is stored and published, in the published event contract: its type name and
 * its data as the JSON its schema describes.
 */
public interface EventEncoder {

  /**
   * @throws IllegalArgumentException for an event the contract does not know
   */
  Encoded encode(DomainEvent event);

  /**
   * @param type the event type without prefix, such as {@code message.received}
   * @param dataJson the event's data, a JSON object
   */
  record Encoded(String type, String dataJson) {
    public Encoded {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(dataJson, "dataJson");
    }
  }
}
