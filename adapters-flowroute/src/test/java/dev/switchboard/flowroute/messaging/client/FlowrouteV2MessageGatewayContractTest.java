package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.domain.messaging.port.out.MessageGateway;
import dev.switchboard.domain.messaging.port.out.MessageGatewayContract;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.CarrierAccount;
import dev.switchboard.flowroute.EmulatedAccount;
import dev.switchboard.flowroute.FlowrouteEmulatorResource;
import dev.switchboard.flowroute.numbers.client.FlowrouteCatalogue;
import dev.switchboard.flowroute.numbers.client.FlowrouteNumberProvider;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The same message gateway contract as the v2.1 adapter passes, run over HTTP against the emulator
 * with the legacy Messages v2 (SMS only, reference §8.1).
 */
@QuarkusTest
@WithTestResource(FlowrouteEmulatorResource.class)
class FlowrouteV2MessageGatewayContractTest extends MessageGatewayContract {

  @Inject FlowrouteMessagesV2Api api;
  @Inject FlowrouteCatalogue catalogue;
  @Inject FlowrouteNumberProvider numbers;

  @FlowrouteEmulatorResource.Emulator FlowrouteEmulator emulator;

  @Override
  protected MessageGateway gateway() {
    return new FlowrouteV2MessageGateway(
        api, FlowrouteMessageGatewayContractTest.PUBLIC_URLS, Clock.systemUTC());
  }

  @Override
  protected E164Number messagingNumber() {
    return E164Number.parse("+12065550100");
  }

  @Override
  protected String idPrefix() {
    return "mdr1-";
  }

  @Override
  protected void credentialsRefused(boolean refused) {
    emulator.faults().setUnauthorized(refused);
  }

  @Override
  protected CarrierAccount account() {
    return new EmulatedAccount(emulator, catalogue, numbers);
  }
}
