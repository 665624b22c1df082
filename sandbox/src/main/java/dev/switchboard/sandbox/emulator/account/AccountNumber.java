package dev.switchboard.sandbox.emulator.account;

import java.util.Objects;

/** A phone number on the emulated account, 11 digits {@code 1NPANXXXXXX}. */
public record AccountNumber(String number, boolean messagingEnabled) {

  public AccountNumber {
    Objects.requireNonNull(number, "number");
    if (!PhoneNumbers.isNanp(number)) {
      throw new IllegalArgumentException("not an 11-digit 1NPANXXXXXX number: " + number);
    }
  }
}
