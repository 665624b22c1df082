package dev.switchboard.flowroute.messaging.client;

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
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The message gateway contract over HTTP against the sandbox's emulator, whichever Messages version
 * the subclass's gateway speaks: the emulator's account, its seeded messaging number, and its
 * credential fault.
 */
abstract class EmulatedMessageGatewayContract extends MessageGatewayContract {

  /** Our webhooks at a public URL, so that a v2.1 send carries its receipt callback. */
  static final WebhookUrls PUBLIC_URLS =
      new WebhookUrls(Optional.of("https://switchboard.example"), Secret.of("s3cret"));

  @Inject FlowrouteCatalogue catalogue;
  @Inject FlowrouteNumberProvider numbers;

  @FlowrouteEmulatorResource.Emulator FlowrouteEmulator emulator;

  @Override
  protected E164Number messagingNumber() {
    return E164Number.parse("+12065550100");
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
