package dev.switchboard.api.metrics;

import dev.switchboard.domain.messaging.CarrierException;
import dev.switchboard.domain.messaging.Message;
import dev.switchboard.domain.messaging.port.out.MessageGateway;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Locale;

/** Counts every send to Flowroute by outcome, around the real gateway. */
public final class MeteredMessageGateway implements MessageGateway {

  private final MessageGateway gateway;
  private final MeterRegistry registry;

  public MeteredMessageGateway(MessageGateway gateway, MeterRegistry registry) {
    this.gateway = gateway;
    this.registry = registry;
  }

  @Override
  public String send(Message message) {
    try {
      String id = gateway.send(message);
      count("accepted");
      return id;
    } catch (CarrierException e) {
      count(e.kind().name().toLowerCase(Locale.ROOT));
      throw e;
    }
  }

  @Override
  public Lookup findAccepted(Message message, Instant from, Instant to) {
    return gateway.findAccepted(message, from, to);
  }

  @Override
  public void probe() {
    gateway.probe();
  }

  @Override
  public boolean sendsMms() {
    return gateway.sendsMms();
  }

  private void count(String outcome) {
    registry.counter("switchboard.flowroute.requests", "outcome", outcome).increment();
  }
}
