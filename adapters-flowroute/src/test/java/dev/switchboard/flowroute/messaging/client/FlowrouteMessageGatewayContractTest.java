package dev.switchboard.flowroute.messaging.client;

import dev.switchboard.domain.messaging.port.out.MessageGateway;
import dev.switchboard.domain.messaging.port.out.MessageGatewayContract;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.CarrierAccount;
import dev.switchboard.flowroute.EmulatedAccount;
import dev.switchboard.flowroute.FlowrouteEmulatorResource;
import dev.switchboard.flowroute.http.Secret;
import dev.switchboard.flowroute.messaging.webhook.WebhookUrls;
import dev.switchboard.flowroute.numbers.client.FlowrouteCatalogue;
import dev.switchboard.flowroute.numbers.client.FlowrouteNumberProvider;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/** The message gateway's contract, run over HTTP against the emulator with Messages v2.1. */
@QuarkusTest
@WithTestResource(FlowrouteEmulatorResource.class)
class FlowrouteMessageGatewayContractTest extends MessageGatewayContract {

  static final WebhookUrls PUBLIC_URLS =
      new WebhookUrls(Optional.of("https://switchboard.example"), Secret.of("s3cret"));

  @Inject FlowrouteMessagesApi api;
  @Inject FlowrouteCatalogue catalogue;
  @Inject FlowrouteNumberProvider numbers;

  @FlowrouteEmulatorResource.Emulator FlowrouteEmulator emulator;

  @Override
  protected MessageGateway gateway() {
    return new FlowrouteMessageGateway(api, PUBLIC_URLS, Clock.systemUTC());
  }

  @Override
  protected E164Number messagingNumber() {
    return E164Number.parse("+12065550100");
  }

  @Override
  protected String idPrefix() {
    return "mdr2-";
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
