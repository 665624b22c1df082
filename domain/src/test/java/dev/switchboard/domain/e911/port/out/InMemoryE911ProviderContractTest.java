package dev.switchboard.domain.e911.port.out;

import dev.switchboard.domain.shared.port.out.CarrierAccount;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;

/** The in-memory E911 registry the use-case tests use keeps the carrier's contract. */
class InMemoryE911ProviderContractTest extends E911ProviderContract {

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryE911Provider provider = new InMemoryE911Provider(account);

  @Override
  protected E911Provider provider() {
    return provider;
  }

  @Override
  protected CarrierAccount account() {
    return account;
  }
}
