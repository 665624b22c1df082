package dev.switchboard.domain.shared.port.out;

import dev.switchboard.domain.numbers.NumberType;
import dev.switchboard.domain.shared.E164Number;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every carrier port contract shares: each test starts from a known account and ends with the
 * carrier reachable. A subclass gives the account, in memory or the emulator's.
 */
public abstract class CarrierContract {

  /** The account the ports under test work on. */
  protected abstract CarrierAccount account();

  /** Puts the carrier's account back to its starting state (a fake may also clear its ports). */
  protected void resetAccount() {
    account().reset();
  }

  /** Makes the carrier unreachable (or reachable again). */
  protected final void carrierDown(boolean down) {
    account().down(down);
  }

  /** A local number newly bought on the account. */
  protected final E164Number aPurchasedLocalNumber() {
    return account().buy(NumberType.LOCAL);
  }

  /** A toll-free number newly bought on the account. */
  protected final E164Number aPurchasedTollFreeNumber() {
    return account().buy(NumberType.TOLL_FREE);
  }

  @BeforeEach
  void startFromAKnownAccount() {
    resetAccount();
  }

  @AfterEach
  void bringTheCarrierBack() {
    account().down(false);
  }
}
