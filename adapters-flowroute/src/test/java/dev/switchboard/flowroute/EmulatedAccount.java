package dev.switchboard.flowroute;

import dev.switchboard.domain.numbers.NumberSearches;
import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.numbers.port.out.NumberCatalogue;
import dev.switchboard.domain.numbers.port.out.NumberProvider;
import dev.switchboard.domain.shared.E164Number;
import dev.switchboard.domain.shared.port.out.CarrierAccount;
import dev.switchboard.sandbox.emulator.FlowrouteEmulator;

/**
 * The sandbox emulator's account, steered directly and stocked through the catalogue and numbers
 * ports, as the platform buys numbers.
 */
public record EmulatedAccount(
    FlowrouteEmulator emulator, NumberCatalogue catalogue, NumberProvider numbers)
    implements CarrierAccount {

  @Override
  public void reset() {
    emulator.reset();
  }

  @Override
  public void down(boolean down) {
    emulator.setDown(down);
  }

  @Override
  public E164Number buy(NumberType type) {
    E164Number number =
        catalogue.searchAvailable(NumberSearches.firstOf(type)).items().stream()
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("the carrier has no " + type + " number for sale"))
            .number();
    numbers.purchase(number, false, false);
    return number;
  }
}
