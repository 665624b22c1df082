package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.domain.messaging.port.out.MessageGateway;
import dev.switchboard.flowroute.FlowrouteEmulatorResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The message gateway's contract, run over HTTP against the emulator with Messages v2.1. */
@QuarkusTest
@WithTestResource(FlowrouteEmulatorResource.class)
class FlowrouteMessageGatewayContractTest extends EmulatedMessageGatewayContract {

  @Inject @RestClient FlowrouteMessagesApi api;

  @Override
  protected MessageGateway gateway() {
    return new FlowrouteMessageGateway(api, PUBLIC_URLS, Clock.systemUTC());
  }

  @Override
  protected String idPrefix() {
    return "mdr2-";
  }
}
