package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.domain.messaging.port.out.MessageGateway;
import dev.switchboard.flowroute.FlowrouteEmulatorResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The same message gateway contract as the v2.1 adapter passes, run over HTTP against the emulator
 * with the legacy Messages v2 (SMS only, reference §8.1).
 */
@QuarkusTest
@WithTestResource(FlowrouteEmulatorResource.class)
class FlowrouteV2MessageGatewayContractTest extends EmulatedMessageGatewayContract {

  @Inject @RestClient FlowrouteMessagesV2Api api;

  @Override
  protected MessageGateway gateway() {
    return new FlowrouteV2MessageGateway(api, PUBLIC_URLS, Clock.systemUTC());
  }

  @Override
  protected String idPrefix() {
    return "mdr1-";
  }
}
