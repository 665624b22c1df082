package dev.switchboard.events;

import dev.switchboard.events.contract.EventType;
import dev.switchboard.sandbox.SandboxKafka;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts a real broker with the default topics for a Quarkus test, and points {@code
 * kafka.bootstrap.servers} at it.
 */
public class SandboxKafkaResource implements QuarkusTestResourceLifecycleManager {

  private SandboxKafka kafka;

  @Override
  public Map<String, String> start() {
    try {
      kafka = SandboxKafka.start(0, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    kafka.createTopics(EventType.Topics.ALL, 3);
    return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
  }

  @Override
  public void stop() {
    if (kafka != null) {
      kafka.close();
    }
  }
}
