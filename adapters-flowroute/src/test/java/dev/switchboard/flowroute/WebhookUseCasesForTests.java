package dev.switchboard.flowroute;

import dev.switchboard.domain.messaging.port.in.InboundMessageIntake;
import dev.switchboard.domain.messaging.usecase.ApplyDeliveryReceipt;
import dev.switchboard.domain.messaging.usecase.ReceiveInboundMessage;
import dev.switchboard.flowroute.messaging.webhook.FlowrouteWebhookResource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The use cases {@link FlowrouteWebhookResource} needs, so that this module boots on its own in
 * {@code @QuarkusTest}s. Their ports are absent: the tests that boot Quarkus here call no webhook.
 */
public class WebhookUseCasesForTests {

  @Produces
  @Singleton
  InboundMessageIntake receiveInboundMessage() {
    return InboundMessageIntake.direct(
        new ReceiveInboundMessage(null, null, null, null, null, null, null, null));
  }

  @Produces
  @Singleton
  ApplyDeliveryReceipt applyDeliveryReceipt() {
    return new ApplyDeliveryReceipt(null, null, null, null, null, null, null);
  }
}
