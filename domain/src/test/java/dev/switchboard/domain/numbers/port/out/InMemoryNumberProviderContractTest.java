package dev.switchboard.domain.numbers.port.out;

import dev.switchboard.domain.numbers.AvailableNumber;
import dev.switchboard.domain.numbers.CallbackKind;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.routes.port.out.InMemoryRouteProvider;
import dev.switchboard.domain.routes.port.out.RouteProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.CarrierAccount;
import dev.switchboard.domain.shared.port.out.FakeCarrierAccount;
import java.math.BigDecimal;
import java.util.Optional;

/** The numbers and routes ports' contract, run against the in-memory carrier. */
class InMemoryNumberProviderContractTest extends NumberProviderContract {

  private final FakeCarrierAccount account = new FakeCarrierAccount();
  private final InMemoryNumberCatalogue catalogue = new InMemoryNumberCatalogue(account);
  private final InMemoryNumberProvider provider = new InMemoryNumberProvider(account, catalogue);
  private final InMemoryRouteProvider routes = new InMemoryRouteProvider(account, provider);

  @Override
  protected NumberCatalogue catalogue() {
    return catalogue;
  }

  @Override
  protected NumberProvider provider() {
    return provider;
  }

  @Override
  protected RouteProvider routes() {
    return routes;
  }

  @Override
  protected CarrierAccount account() {
    return account;
  }

  @Override
  protected void resetAccount() {
    account.reset();
    catalogue.clear();
    catalogue.offer(
        forSale("+12065550101", NumberType.LOCAL, "SEATTLE", "WA", "0.00"),
        forSale("+12065550102", NumberType.LOCAL, "SEATTLE", "WA", "0.00"),
        forSale("+12063330103", NumberType.LOCAL, "SEATTLE", "WA", "1.00"),
        forSale("+15035550104", NumberType.LOCAL, "PORTLAND", "OR", "5.00"),
        forSale("+18335550105", NumberType.TOLL_FREE, "TOLLFREE", "US", "0.00"));
    routes.reset();
  }

  @Override
  protected Optional<String> callbackReceived(E164Number number, CallbackKind kind) {
    return provider.callbackOf(number, kind);
  }

  private static AvailableNumber forSale(
      String number, NumberType type, String rateCenter, String state, String setupCost) {
    return new AvailableNumber(
        new E164Number(number),
        type,
        rateCenter,
        state,
        new BigDecimal("1.25"),
        new BigDecimal(setupCost));
  }
}
