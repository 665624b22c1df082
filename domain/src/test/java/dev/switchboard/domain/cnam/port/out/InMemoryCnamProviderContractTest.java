package dev.switchboard.domain.cnam.port.out;

import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.CarrierAccount;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.util.Optional;

/** The in-memory caller-name registry the use-case tests use keeps the carrier's contract. */
class InMemoryCnamProviderContractTest extends CnamProviderContract {

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryCnamProvider provider = new InMemoryCnamProvider(account);

  @Override
  protected CnamProvider provider() {
    return provider;
  }

  @Override
  protected CarrierAccount account() {
    return account;
  }

  @Override
  protected void approve(String id) {
    provider.approve(id);
  }

  @Override
  protected void reject(String id, String reason) {
    provider.reject(id, reason);
  }

  @Override
  protected Optional<String> callerNameOf(E164Number number) {
    return provider.callerNameOf(number);
  }
}
