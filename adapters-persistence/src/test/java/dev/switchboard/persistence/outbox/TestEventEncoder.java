package dev.switchboard.persistence.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.domain.events.DomainEvent;
import dev.switchboard.domain.events.port.out.EventEncoder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/**
 * The event contract of this module's tests: a {@link TestEvent}'s own type, its data as JSON; any
 * other event by its class's name with no data (the real contract is the events module's).
 */
@ApplicationScoped
class TestEventEncoder implements EventEncoder {

  private final ObjectMapper json;

  TestEventEncoder(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public Encoded encode(DomainEvent event) {
    if (!(event instanceof TestEvent test)) {
      return new Encoded(event.getClass().getSimpleName(), "{}");
    }
    try {
      return new Encoded(test.type(), json.writeValueAsString(test.data()));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
